/// The value of an `Idempotency-Key` field: 1 to 255 visible ASCII characters, such as a UUID — bare
/// (`8e03978e-…`) or as a Structured Fields string (`"8e03978e-…"`, draft-ietf-httpapi-idempotency-key-header).
public struct IdempotencyKey: Sendable, Hashable {
    /// The key, without quotes.
    public let value: String

    /// The key in `field`, or `nil` when it is not one.
    public init?(field: String) {
        var text = Substring(field)
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = text.dropFirst().dropLast() }
        guard (1...255).contains(text.utf8.count), text.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else {
            return nil
        }
        value = String(text)
    }

    /// The schema's pattern: an optional quote, 1 to 255 visible ASCII characters other than `"` and `\`.
    static let pattern = #"^"?[!#-\[\]-~]{1,255}"?$"#
}
