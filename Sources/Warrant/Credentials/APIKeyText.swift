import WarrantCrypto

/// The text of an API key: `wk_<prefix>_<secret>`.
///
/// The prefix (12 characters of `a–z2–7`, 60 random bits) is public: it finds the key's row and names the
/// key in listings. The secret (32 random bytes, base64url) is shown once, when the key is created; the server
/// keeps only the BLAKE2b-256 digest of the whole text. The `wk_` marker lets secret scanners spot a leaked key.
public struct APIKeyText: Sendable, Equatable {
    /// The public part that finds the key (`wk_` not included).
    public let prefix: String
    /// The whole key, as the client sends it.
    public let text: String

    /// The marker every key starts with.
    public static let marker = "wk_"
    static let prefixLength = 12
    static let secretLength = 43
    private static let prefixAlphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    /// A new random key.
    ///
    /// - Throws: When the system cannot provide random bytes.
    public static func generate() throws -> APIKeyText {
        let random = try SecureRandom.bytes(prefixLength)
        let prefix = String(decoding: random.map { prefixAlphabet[Int($0 & 31)] }, as: UTF8.self)
        let secret = Base64URL.encode(try SecureRandom.bytes(32))
        return APIKeyText(prefix: prefix, text: marker + prefix + "_" + secret)
    }

    /// The key `credential` spells, or `nil` when it is not exactly `wk_` + 12 prefix characters + `_` + 43
    /// base64url characters.
    public init?(parsing credential: Substring) {
        let bytes = credential.utf8
        guard bytes.count == Self.marker.utf8.count + Self.prefixLength + 1 + Self.secretLength,
              bytes.starts(with: Self.marker.utf8)
        else { return nil }
        let prefix = bytes.dropFirst(Self.marker.utf8.count).prefix(Self.prefixLength)
        guard prefix.allSatisfy(Self.prefixAlphabet.contains) else { return nil }
        let rest = bytes.dropFirst(Self.marker.utf8.count + Self.prefixLength)
        guard rest.first == UInt8(ascii: "_"), rest.dropFirst().allSatisfy(Self.isBase64URL) else { return nil }
        self.init(prefix: String(decoding: prefix, as: UTF8.self), text: String(credential))
    }

    private init(prefix: String, text: String) {
        self.prefix = prefix
        self.text = text
    }

    /// The bare prefix of a key reference as an operator types it — a whole key, `wk_<prefix>…`, or the
    /// prefix alone; anything else unchanged.
    public static func prefix(of reference: String) -> String {
        guard reference.hasPrefix(marker) else { return reference }
        return String(reference.dropFirst(marker.count).prefix(prefixLength))
    }

    /// What the server stores: the BLAKE2b-256 digest of the whole key.
    public var digest: [UInt8] { Digest.blake2b256(text.utf8) }

    /// How listings show the key: `wk_<prefix>…`.
    public var displayPrefix: String { Self.marker + prefix + "…" }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
