import HTTPTypes
import Hummingbird

/// Safe defaults on every response: no MIME sniffing, no referrer, and no caching of anything answered to a
/// request that carried credentials.
enum SecurityHeaders {
    private static let noSniff = HTTPField(name: .xContentTypeOptions, value: "nosniff")
    private static let noReferrer = HTTPField(name: .referrerPolicy, value: "no-referrer")
    private static let noStore = HTTPField(name: .cacheControl, value: "no-store")

    /// Adds the headers to `response`, the answer to `request`.
    static func apply(to response: inout Response, answering request: HummingbirdCore.Request) {
        set(noSniff, in: &response.headers)
        set(noReferrer, in: &response.headers)
        if request.headers.contains(.authorization) || response.status == .unauthorized || response.status == .forbidden {
            set(noStore, in: &response.headers)
        }
    }

    /// Sets `field`, replacing any value a handler gave it; appending a prebuilt field skips revalidating
    /// the constant value on every response.
    private static func set(_ field: HTTPField, in headers: inout HTTPFields) {
        if headers.contains(field.name) {
            headers[field.name] = field.value
        } else {
            headers.append(field)
        }
    }
}

extension HTTPField.Name {
    /// `X-Content-Type-Options`.
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
