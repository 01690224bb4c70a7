import HTTPTypes
import Hummingbird

/// Answers CORS for the listed origins only: the caller's exact origin is echoed (with `Vary: Origin`),
/// credentials are not allowed, and preflights get the API's methods and the headers it reads.
struct OriginCORSMiddleware: RouterMiddleware {
    typealias Context = WarrantContext

    let options: CORSOptions

    func handle(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async throws -> Response {
        guard let origin = request.headers[.origin], options.allowedOrigins.contains(origin) else {
            return try await next(request, context)
        }
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            return Response(status: .noContent, headers: [
                .accessControlAllowOrigin: origin,
                .vary: "Origin",
                .accessControlAllowMethods: "GET, POST, PUT, PATCH, DELETE",
                .accessControlAllowHeaders: "Authorization, Content-Type, X-Request-Id",
                .accessControlMaxAge: String(options.maxAge),
            ])
        }
        var response = try await next(request, context)
        response.headers[.accessControlAllowOrigin] = origin
        response.headers[.accessControlExposeHeaders] = "Location, Retry-After, X-Request-Id, WWW-Authenticate"
        response.headers.append(HTTPField(name: .vary, value: "Origin"))
        return response
    }
}
