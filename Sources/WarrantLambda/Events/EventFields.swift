import HTTPTypes
import NIOCore

/// Decoding helpers for the loosely typed maps in gateway events, where any value may be `null`.
enum EventFields {
    /// A single-value map with `null` values dropped.
    static func compact(_ map: [String: String?]?) -> [String: String] {
        (map ?? [:]).compactMapValues { $0 }
    }

    /// A multi-value map with `null` values and lists dropped.
    static func compact(_ map: [String: [String?]?]?) -> [String: [String]] {
        (map ?? [:]).compactMapValues { $0?.compactMap { $0 } }
    }

    /// Merges single-value `headers` into `multiValueHeaders`: the multi-value list wins for a name
    /// present in both (API Gateway's own rule), names only in `headers` are added.
    static func mergeHeaders(single: [String: String], multi: [String: [String]]) -> [String: [String]] {
        var merged = multi
        let lowercasedMultiNames = Set(multi.keys.map { $0.lowercased() })
        for (name, value) in single where !lowercasedMultiNames.contains(name.lowercased()) {
            merged[name] = [value]
        }
        return merged
    }

    /// Parses an HTTP method.
    static func method(_ value: String) throws(LambdaEventError) -> HTTPRequest.Method {
        guard let method = HTTPRequest.Method(value.uppercased()) else { throw .invalidMethod(value) }
        return method
    }

    /// The scheme the client used, from `X-Forwarded-Proto`, defaulting to `https` (every AWS
    /// HTTP trigger but a plain-HTTP ALB listener is HTTPS-only).
    static func scheme(_ headers: HTTPFields) -> String {
        headers[.xForwardedProto].flatMap { $0.split(separator: ",").first.map { String($0).lowercased() } } ?? "https"
    }

    /// The body bytes, or `invalidBase64Body`.
    static func body(_ body: String?, isBase64Encoded: Bool?, allocator: ByteBufferAllocator) throws(LambdaEventError) -> ByteBuffer {
        guard let bytes = LambdaBodyEncoding.decode(body, isBase64Encoded: isBase64Encoded ?? false, allocator: allocator) else {
            throw .invalidBase64Body
        }
        return bytes
    }
}

/// Decodes any JSON value and keeps nothing: used to test for a key's presence.
struct PresentValue: Decodable, Sendable {
    init(from decoder: any Decoder) throws {}
}
