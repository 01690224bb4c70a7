import HTTPTypes
import Hummingbird

/// Safe defaults on every response: no MIME sniffing, no referrer, and no caching of anything answered to a
/// request that carried credentials.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WarrantContext

    func handle(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        if request.headers[.authorization] != nil || response.status == .unauthorized || response.status == .forbidden {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}

extension HTTPField.Name {
    /// `X-Content-Type-Options`.
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
