import HTTPTypes
import Hummingbird

/// The one middleware around every request: it names the request, bounds it, answers CORS, turns errors
/// into problem documents and adds the security headers.
///
/// One middleware rather than one per concept: each middleware costs an async frame and a context copy
/// per request, and these steps always run together. Each step lives in its own file.
struct WarrantMiddleware: RouterMiddleware {
    typealias Context = WarrantContext

    /// The size limits checked before routing.
    let limits: InputLimits
    /// Cross-origin access, when origins are listed.
    let cors: CORSPolicy?
    /// The methods each path serves, for 405 answers.
    let allowedMethods: AllowedMethodsSlot
    /// The headers credentials travel in: answers to requests carrying one are never cached.
    let credentialHeaders: [HTTPField.Name]
    /// The access log, metrics and spans.
    let observer: RequestObserver

    func handle(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let id = RequestID.assign(to: request)
        context.requestID = id
        context.logger[metadataKey: "request_id"] = .string(id)
        guard observer.isActive else { return await respond(request, context: context, next: next) }
        return await observer.observe(request, context: context) { await respond(request, context: context, next: next) }
    }

    /// The answer: the route's, or a problem; with CORS and the security headers. Never throws: every
    /// failure has become a problem response by the time it returns.
    @inline(__always)
    private func respond(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async -> Response {
        let id = context.requestID
        let origin = cors?.allowedOrigin(of: request)
        var response: Response
        if let cors, let origin, let preflight = cors.preflightResponse(to: request, origin: origin) {
            response = preflight
        } else {
            do {
                try limits.check(request)
                response = try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound {
                let problem = await MethodNotAllowed.problem(for: request, context: context, methods: allowedMethods.methods)
                response = ProblemRenderer.response(problem, instance: request.uri.path, requestID: id)
            } catch {
                let problem = ErrorProblems.problem(for: error, request: request, logger: context.logger)
                response = ProblemRenderer.response(problem, instance: request.uri.path, requestID: id)
            }
            if let cors, let origin { cors.expose(&response, to: origin) }
        }
        SecurityHeaders.apply(to: &response, answering: request, credentialHeaders: credentialHeaders)
        UnreadBody.closeIfRefused(&response, answering: request)
        response.headers[RequestID.header] = id
        return response
    }
}
