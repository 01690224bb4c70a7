import HTTPTypes
import Hummingbird
import Logging

/// What a route's error becomes: an `application/problem+json` answer that reveals nothing it should not.
///
/// Declared problems keep their status and text; Hummingbird's own errors keep their status; anything
/// else is logged with the request id and answered as a bare 500.
enum ErrorProblems {
    /// The problem document answering `error`.
    static func problem(for error: any Error, request: HummingbirdCore.Request, logger: Logger) -> Problem {
        switch error {
        case let convertible as any ProblemConvertible:
            let problem = convertible.problem
            if problem.status.kind == .serverError {
                // Problem-convertible errors describe themselves without secrets; log that description.
                logger.error("request failed", metadata: ["status": "\(problem.status.code)", "error": "\(convertible)"])
            }
            return problem
        case let httpError as HTTPError where httpError.status == .notFound:
            return Problem(status: .notFound, detail: "No route matches \(request.method) \(request.uri.path).")
        case let httpError as HTTPError where httpError.status.kind == .clientError:
            return Problem(status: httpError.status)
        default:
            logger.error("unhandled error", metadata: ["error_type": "\(String(reflecting: type(of: error)))"])
            return Problem(status: .internalServerError, detail: "The server could not complete the request.")
        }
    }
}
