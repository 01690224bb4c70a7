import HTTPTypes
import Hummingbird

/// Answers CORS for the listed origins only: the caller's exact origin is echoed (with `Vary: Origin`),
/// credentials are not allowed, and preflights get the API's methods and the headers it reads.
struct CORSPolicy: Sendable {
    /// The allowed origins and preflight lifetime.
    let options: CORSOptions

    /// The caller's origin when it is one of the allowed ones.
    func allowedOrigin(of request: HummingbirdCore.Request) -> String? {
        guard let origin = request.headers[.origin], options.allowedOrigins.contains(origin) else { return nil }
        return origin
    }

    /// The answer to a preflight from an allowed `origin`, or `nil` when `request` is not a preflight.
    func preflightResponse(to request: HummingbirdCore.Request, origin: String) -> Response? {
        guard request.method == .options, request.headers[.accessControlRequestMethod] != nil else { return nil }
        return Response(status: .noContent, headers: [
            .accessControlAllowOrigin: origin,
            .vary: "Origin",
            .accessControlAllowMethods: "GET, POST, PUT, PATCH, DELETE",
            .accessControlAllowHeaders: "Authorization, Content-Type, X-Request-Id",
            .accessControlMaxAge: String(options.maxAge),
        ])
    }

    /// Lets the page at `origin` read `response`.
    func expose(_ response: inout Response, to origin: String) {
        response.headers[.accessControlAllowOrigin] = origin
        response.headers[.accessControlExposeHeaders] = "Location, Retry-After, X-Request-Id, WWW-Authenticate"
        response.headers.append(HTTPField(name: .vary, value: "Origin"))
    }
}
