#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON encoding of reply documents.
enum ReplyEncoding {
    /// Encodes with sorted keys (stable output for logs and tests) and unescaped slashes (readable
    /// media types); the gateways parse either form.
    static func encode(_ reply: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(reply))
    }
}
