#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import WarrantCrypto

/// How HTTP bodies travel inside Lambda event JSON: text as a string, anything else base64.
enum LambdaBodyEncoding {
    /// A response body as it goes into the reply JSON.
    struct EncodedBody: Sendable, Equatable {
        /// The body text, or its base64 encoding.
        var body: String
        /// Whether ``body`` is base64.
        var isBase64Encoded: Bool
    }

    /// Media types sent as text besides `text/*` and `application/*+json` / `application/*+xml`.
    private static let textMediaTypes: Set<String> = [
        "application/json",
        "application/xml",
        "application/javascript",
        "application/x-www-form-urlencoded",
        "application/yaml",
        "application/x-yaml",
        // A streamed answer gathered for a buffered reply: newline-delimited JSON is text.
        "application/x-ndjson",
    ]

    /// Whether a `Content-Type` value names a textual media type; parameters such as `charset`
    /// are ignored. A missing type is not text: the bytes could be anything.
    static func isText(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = (contentType.split(separator: ";", maxSplits: 1).first ?? "")
            .drop(while: { $0 == " " || $0 == "\t" })
            .reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()
        let lowercased = String(mediaType).lowercased()
        if lowercased.hasPrefix("text/") || Self.textMediaTypes.contains(lowercased) { return true }
        return lowercased.hasPrefix("application/") && (lowercased.hasSuffix("+json") || lowercased.hasSuffix("+xml"))
    }

    /// Encodes a response body: text types as a string when the bytes are valid UTF-8, everything
    /// else (and text that is not UTF-8) as base64 so no byte is lost.
    static func encode(_ body: ByteBuffer, contentType: String?) -> EncodedBody {
        let bytes = body.readableBytesView
        if bytes.isEmpty {
            return EncodedBody(body: "", isBase64Encoded: false)
        }
        if Self.isText(contentType: contentType), let text = String(validating: bytes, as: UTF8.self) {
            return EncodedBody(body: text, isBase64Encoded: false)
        }
        return EncodedBody(body: Data(bytes).base64EncodedString(), isBase64Encoded: true)
    }

    /// Decodes a request body from an event.
    /// - Returns: The body bytes, or `nil` when `isBase64Encoded` is set but `body` is not base64.
    static func decode(_ body: String?, isBase64Encoded: Bool, allocator: ByteBufferAllocator) -> ByteBuffer? {
        guard let body, !body.isEmpty else { return allocator.buffer(capacity: 0) }
        guard isBase64Encoded else { return allocator.buffer(string: body) }
        // Strict: a body that is not the canonical padded encoding is refused, never repaired.
        guard let bytes = try? Base64Standard.decode(body) else { return nil }
        return allocator.buffer(bytes: bytes)
    }
}
