import WarrantCrypto
import WarrantJSON

/// An entity tag (RFC 9110 §8.8.3): the validator a response sends as `ETag` and a client sends back in
/// `If-Match` or `If-None-Match` to say which version of the resource it has.
///
/// Make one from a revision column (``init(revision:)``: the tag a store can check atomically on a write) or
/// from the bytes of the representation (``digest(of:)``: for resources without a revision, answers only).
public struct EntityTag: Sendable, Hashable, CustomStringConvertible {
    /// The tag between its quotes.
    public let opaque: String
    /// Whether the tag is weak (`W/"…"`): it may match representations that differ in their bytes.
    public let isWeak: Bool

    /// A tag from its opaque text; `nil` when the text has a character a tag cannot hold (a quote, a
    /// space, a control character).
    public init?(_ opaque: String, weak: Bool = false) {
        guard opaque.utf8.allSatisfy(Self.isTagByte) else { return nil }
        self.opaque = opaque
        self.isWeak = weak
    }

    /// The strong tag of a revision number: `"r<revision>"`. ``IfMatch/revisions`` reads it back.
    public init(revision: Int64) {
        self.opaque = "r\(revision)"
        self.isWeak = false
    }

    /// The strong tag of `value`'s JSON bytes, as Warrant writes them (BLAKE2b, 128 bits, base64url).
    public static func digest(of value: some JSONEncodableValue) -> EntityTag {
        var writer = JSONWriter()
        value.encode(to: &writer)
        let digest = Digest.blake2b256(writer.buffer.readableBytesView).prefix(16)
        return EntityTag(trusted: Base64URL.encode(digest))
    }

    private init(trusted opaque: String) {
        self.opaque = opaque
        self.isWeak = false
    }

    /// The revision this tag was made from by ``init(revision:)``, if it was (spelled exactly so: `"r+5"`
    /// and `"r05"` are other tags, not revision 5).
    public var revision: Int64? {
        guard !isWeak, opaque.hasPrefix("r"), let revision = Int64(opaque.dropFirst()), "r\(revision)" == opaque else { return nil }
        return revision
    }

    /// The field value: `"…"` or `W/"…"`.
    public var description: String { (isWeak ? "W/\"" : "\"") + opaque + "\"" }

    /// Strong comparison (RFC 9110 §8.8.3.2), for `If-Match`: both strong and the same text.
    public func strongMatches(_ other: EntityTag) -> Bool {
        !isWeak && !other.isWeak && opaque == other.opaque
    }

    /// Weak comparison, for `If-None-Match`: the same text, weak or not.
    public func weakMatches(_ other: EntityTag) -> Bool {
        opaque == other.opaque
    }

    /// `etagc` (RFC 9110): `!`, `#` to `~`, and bytes past ASCII.
    static func isTagByte(_ byte: UInt8) -> Bool {
        byte == 0x21 || (byte >= 0x23 && byte <= 0x7E) || byte >= 0x80
    }
}
