/// An Ed25519 public key for verifying PASETO v4.public tokens, and nothing else.
///
/// Serialised as PASERK `k4.public.…`; identified by `k4.pid.…`, the value a token's
/// footer `kid` carries. Public keys are not secret, so the bytes are an ordinary array.
public struct PASETOPublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The size of an Ed25519 public key.
    public static let byteCount = 32

    /// The 32 raw key bytes.
    public let bytes: [UInt8]

    /// The PASERK id, `k4.pid.…`.
    ///
    /// Computed once at creation because verifiers compare it with a token's `kid` on
    /// every request.
    public let id: String

    /// Creates a key from its 32 raw bytes.
    ///
    /// The bytes are not checked to be a valid curve point (the PASERK vectors
    /// include keys that are not); libsodium's verification refuses such keys.
    /// - Parameter bytes: Exactly 32 bytes.
    /// - Throws: ``PASETOKeyError/invalidLength`` for any other length.
    public init(bytes: some Collection<UInt8>) throws(PASETOKeyError) {
        guard Sodium.isReady else { throw .libraryUnavailable }
        guard bytes.count == Self.byteCount else { throw .invalidLength }
        self.bytes = Array(bytes)
        self.id = self.bytes.withUnsafeBytes { raw in
            PASERK.identifier(idHeader: "k4.pid.", keyHeader: "k4.public.", key: raw)
        }
    }

    /// Parses a `k4.public.` PASERK.
    /// - Parameter paserk: The PASERK text.
    /// - Throws: ``PASETOKeyError`` for another version or type, a wrong length or non-strict Base64.
    public init(paserk: String) throws(PASETOKeyError) {
        var raw = [UInt8](repeating: 0, count: Self.byteCount)
        try raw.withUnsafeMutableBytes { PASERK.parseResult(paserk, header: "k4.public.", into: $0) }.get()
        try self.init(bytes: raw)
    }

    /// The PASERK text, `k4.public.…`.
    public var paserk: String {
        bytes.withUnsafeBytes { PASERK.serialize(header: "k4.public.", key: $0) }
    }

    /// Names the key by its id.
    public var description: String { "PASETOPublicKey(\(id))" }
}
