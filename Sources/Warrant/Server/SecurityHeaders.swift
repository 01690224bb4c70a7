import HTTPTypes
import Hummingbird

/// Safe defaults on every response: no MIME sniffing, no referrer, and no caching of anything answered to a
/// request that carried credentials.
enum SecurityHeaders {
    private static let noSniff = HTTPField(name: .xContentTypeOptions, value: "nosniff")
    private static let noReferrer = HTTPField(name: .referrerPolicy, value: "no-referrer")
    private static let noStore = HTTPField(name: .cacheControl, value: "no-store")

    /// Adds the headers to `response`, the answer to `request`; `credentialHeaders` are the headers
    /// credentials travel in (`Authorization`, an API key's).
    static func apply(to response: inout Response, answering request: HummingbirdCore.Request, credentialHeaders: [HTTPField.Name]) {
        response.headers.set(noSniff)
        response.headers.set(noReferrer)
        if response.status == .unauthorized || response.status == .forbidden || credentialHeaders.contains(where: request.headers.contains) {
            response.headers.set(noStore)
        }
    }
}

extension HTTPField.Name {
    /// `X-Content-Type-Options`.
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
