internal import CSodium

/// A 256-bit symmetric key for PASETO v4.local tokens, and nothing else.
///
/// Held in ``SecureBytes``. Serialised as PASERK `k4.local.…`; identified by
/// `k4.lid.…`. Its description shows only the id.
public struct PASETOLocalKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The size of a v4.local key.
    public static let byteCount = 32

    /// The key bytes, in guarded memory.
    let storage: SecureBytes

    /// Creates a fresh key from libsodium's CSPRNG.
    /// - Throws: ``PASETOKeyError/libraryUnavailable`` or ``PASETOKeyError/outOfMemory``.
    public static func generate() throws(PASETOKeyError) -> PASETOLocalKey {
        let storage = try SecureBytes(count: byteCount, allocationFailure: PASETOKeyError.allocationFailure) {
            (key: UnsafeMutableRawBufferPointer) throws(PASETOKeyError) in
            guard let base = key.baseAddress else { return }
            randombytes_buf(base, key.count)
        }
        return PASETOLocalKey(storage: storage)
    }

    /// Takes 32 raw key bytes.
    ///
    /// Nothing distinguishes 32 random bytes from a public key's bytes; the type is
    /// what keeps purposes apart, so only feed it bytes created as a local key.
    /// - Parameter bytes: Exactly 32 secret bytes.
    /// - Throws: ``PASETOKeyError/invalidLength`` for any other length.
    public init(bytes: some Collection<UInt8>) throws(PASETOKeyError) {
        guard bytes.count == Self.byteCount else { throw .invalidLength }
        do {
            storage = try SecureBytes(copying: bytes)
        } catch .initializationFailed {
            throw .libraryUnavailable
        } catch {
            throw .outOfMemory
        }
    }

    /// Parses a `k4.local.` PASERK.
    /// - Parameter paserk: The PASERK text.
    /// - Throws: ``PASETOKeyError`` for another version or type, a wrong length or non-strict Base64.
    public init(paserk: String) throws(PASETOKeyError) {
        storage = try SecureBytes(count: Self.byteCount, allocationFailure: PASETOKeyError.allocationFailure) {
            (destination: UnsafeMutableRawBufferPointer) throws(PASETOKeyError) in
            try PASERK.parse(paserk, header: "k4.local.", into: destination)
        }
    }

    private init(storage: SecureBytes) {
        self.storage = storage
    }

    /// The PASERK text, `k4.local.…`.
    ///
    /// This string spells out the key and Swift strings cannot be wiped: keep it out
    /// of logs and let it go as soon as it has been written where it belongs.
    public var paserk: String {
        storage.withUnsafeBytes { PASERK.serialize(header: "k4.local.", key: $0) }
    }

    /// The PASERK id, `k4.lid.…`; safe to log and to put in a footer's `kid`.
    public var id: String {
        storage.withUnsafeBytes { PASERK.identifier(idHeader: "k4.lid.", keyHeader: "k4.local.", key: $0) }
    }

    /// Redacted: names only the id.
    public var description: String { "PASETOLocalKey(\(id))" }

    /// Redacted, as ``description``.
    public var debugDescription: String { description }
}
