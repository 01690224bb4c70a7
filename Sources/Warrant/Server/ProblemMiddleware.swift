import HTTPTypes
import Hummingbird
import Logging

/// Turns every error a route throws into an `application/problem+json` response.
///
/// Declared problems keep their status and text; Hummingbird's own errors keep their status; anything
/// else is logged with the request id and answered as a bare 500 that reveals nothing.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = WarrantContext

    func handle(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error, request: request, logger: context.logger)
            return ProblemRenderer.response(problem, instance: request.uri.path, requestID: context.requestID)
        }
    }

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
