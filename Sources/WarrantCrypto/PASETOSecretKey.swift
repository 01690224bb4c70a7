internal import CSodium

/// An Ed25519 secret key for signing PASETO v4.public tokens, and nothing else.
///
/// Held as libsodium's 64-byte layout, seed ‖ public key, in ``SecureBytes``.
/// Serialised as PASERK `k4.secret.…`; identified by `k4.sid.…`. Its description
/// shows only the public key's id, so logging a key never leaks it.
public struct PASETOSecretKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The size of the secret key: a 32-byte seed followed by the 32-byte public key.
    public static let byteCount = 64
    /// The size of an Ed25519 seed.
    public static let seedByteCount = 32

    /// Seed ‖ public key, in guarded memory.
    let storage: SecureBytes

    /// The matching public key, for verifiers and for the footer's `kid`.
    public let publicKey: PASETOPublicKey

    /// Creates a fresh key pair from libsodium's CSPRNG.
    /// - Throws: ``PASETOKeyError/libraryUnavailable`` or ``PASETOKeyError/outOfMemory``.
    public static func generate() throws(PASETOKeyError) -> PASETOSecretKey {
        var publicBytes = [UInt8](repeating: 0, count: PASETOPublicKey.byteCount)
        let storage = try SecureBytes(count: byteCount, allocationFailure: PASETOKeyError.allocationFailure) {
            (secret: UnsafeMutableRawBufferPointer) throws(PASETOKeyError) in
            guard let secretBase = secret.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            _ = crypto_sign_keypair(&publicBytes, secretBase)
        }
        return try PASETOSecretKey(storage: storage, publicKey: PASETOPublicKey(bytes: publicBytes))
    }

    /// Derives the key pair from a 32-byte seed (`crypto_sign_seed_keypair`).
    /// - Parameter seed: Exactly 32 secret bytes.
    /// - Throws: ``PASETOKeyError/invalidLength`` for any other length.
    public init(seed: some Collection<UInt8>) throws(PASETOKeyError) {
        guard seed.count == Self.seedByteCount else { throw .invalidLength }
        let seedStorage = try Self.secure(seed)
        var publicBytes = [UInt8](repeating: 0, count: PASETOPublicKey.byteCount)
        let storage = try SecureBytes(count: Self.byteCount, allocationFailure: PASETOKeyError.allocationFailure) {
            (secret: UnsafeMutableRawBufferPointer) throws(PASETOKeyError) in
            guard let secretBase = secret.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            seedStorage.withUnsafeBytes { seedBytes in
                guard let seedBase = seedBytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
                _ = crypto_sign_seed_keypair(&publicBytes, secretBase, seedBase)
            }
        }
        try self.init(storage: storage, publicKey: PASETOPublicKey(bytes: publicBytes))
    }

    /// Takes a 64-byte secret key in libsodium's layout, seed ‖ public key.
    ///
    /// The public half must be the one derived from the seed. libsodium signs with
    /// whatever public half it is given, so a wrong half yields bad signatures and,
    /// if an attacker chose it, can leak the private key.
    /// - Parameter bytes: Exactly 64 bytes.
    /// - Throws: ``PASETOKeyError/invalidLength`` or ``PASETOKeyError/keyPairMismatch``.
    public init(bytes: some Collection<UInt8>) throws(PASETOKeyError) {
        guard bytes.count == Self.byteCount else { throw .invalidLength }
        try self.init(checking: Self.secure(bytes))
    }

    /// Parses a `k4.secret.` PASERK, checking the key pair as ``init(bytes:)`` does.
    /// - Parameter paserk: The PASERK text.
    /// - Throws: ``PASETOKeyError`` for another version or type, a wrong length,
    ///   non-strict Base64 or a mismatched public half.
    public init(paserk: String) throws(PASETOKeyError) {
        let storage = try SecureBytes(count: Self.byteCount, allocationFailure: PASETOKeyError.allocationFailure) {
            (destination: UnsafeMutableRawBufferPointer) throws(PASETOKeyError) in
            try PASERK.parse(paserk, header: "k4.secret.", into: destination)
        }
        try self.init(checking: storage)
    }

    /// The PASERK text, `k4.secret.…`.
    ///
    /// This string spells out the secret key and Swift strings cannot be wiped: keep
    /// it out of logs and let it go as soon as it has been written where it belongs.
    public var paserk: String {
        storage.withUnsafeBytes { PASERK.serialize(header: "k4.secret.", key: $0) }
    }

    /// The PASERK id, `k4.sid.…`; safe to log.
    public var id: String {
        storage.withUnsafeBytes { PASERK.identifier(idHeader: "k4.sid.", keyHeader: "k4.secret.", key: $0) }
    }

    /// Redacted: names only the public key.
    public var description: String { "PASETOSecretKey(public: \(publicKey.id))" }

    /// Redacted, as ``description``.
    public var debugDescription: String { description }

    private init(storage: SecureBytes, publicKey: PASETOPublicKey) {
        self.storage = storage
        self.publicKey = publicKey
    }

    /// Accepts seed ‖ public key only when the public half is derived from the seed.
    private init(checking storage: SecureBytes) throws(PASETOKeyError) {
        let derived: [UInt8]? = storage.withUnsafeBytes { secret in
            withUnsafeTemporaryAllocation(byteCount: 96, alignment: 16) { scratch -> [UInt8]? in
                guard let seed = secret.baseAddress?.assumingMemoryBound(to: UInt8.self),
                      let base = scratch.baseAddress?.bindMemory(to: UInt8.self, capacity: 96)
                else { return nil }
                // The re-derived secret key is wiped; only the public half is kept.
                defer { sodium_memzero(base, 96) }
                _ = crypto_sign_seed_keypair(base, base + 32, seed)
                let claimed = UnsafeRawBufferPointer(rebasing: secret[32..<64])
                guard ConstantTime.equals(UnsafeRawBufferPointer(start: base, count: 32), claimed) else { return nil }
                return Array(UnsafeBufferPointer(start: base, count: 32))
            }
        }
        guard let derived else { throw .keyPairMismatch }
        try self.init(storage: storage, publicKey: PASETOPublicKey(bytes: derived))
    }

    /// Copies caller bytes into guarded memory.
    private static func secure(_ bytes: some Collection<UInt8>) throws(PASETOKeyError) -> SecureBytes {
        do {
            return try SecureBytes(copying: bytes)
        } catch .initializationFailed {
            throw .libraryUnavailable
        } catch {
            throw .outOfMemory
        }
    }
}
