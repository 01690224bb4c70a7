internal import CSodium

/// Argon2id password hashing in libsodium's self-describing string format.
///
/// Hashes look like `$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>`: the salt and
/// the parameters travel with the hash, so ``verify(_:against:)`` needs no
/// configuration and ``needsRehash(_:)`` can tell when stored hashes are outdated.
///
/// Every method here is deliberately slow and memory-hungry (tens to hundreds of
/// milliseconds and ``memLimit`` bytes per call). They block the calling thread:
/// never call them on an event-loop thread; hop to a thread pool, and bound how
/// many run at once so login requests cannot exhaust memory.
///
/// Passwords are hashed as their UTF-8 bytes without Unicode normalisation; normalise
/// (for example NFC) before calling if users may type the same password differently.
public struct PasswordHasher: Sendable, Hashable {
    /// Argon2id passes over memory (libsodium's `opslimit`).
    public var opsLimit: UInt64
    /// Memory used per hash, in bytes (libsodium's `memlimit`).
    public var memLimit: Int

    /// Creates a hasher with explicit Argon2id limits.
    ///
    /// Limits outside libsodium's allowed range make ``hash(_:)`` throw.
    /// - Parameters:
    ///   - opsLimit: Passes over memory (at least 1).
    ///   - memLimit: Bytes of memory (at least 8 KiB).
    public init(opsLimit: UInt64, memLimit: Int) {
        self.opsLimit = opsLimit
        self.memLimit = memLimit
    }

    /// Creates a hasher with libsodium's interactive limits, as ``interactive``.
    public init() {
        self = .interactive
    }

    /// libsodium's interactive limits (2 passes, 64 MiB): for logins on a server.
    public static let interactive = PasswordHasher(
        opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_interactive()),
        memLimit: crypto_pwhash_argon2id_memlimit_interactive()
    )

    /// libsodium's moderate limits (3 passes, 256 MiB): for rarer, more valuable checks.
    public static let moderate = PasswordHasher(
        opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_moderate()),
        memLimit: crypto_pwhash_argon2id_memlimit_moderate()
    )

    /// Hashes a password with a fresh random salt. Blocking and slow; see the type's notes.
    /// - Parameter password: The password.
    /// - Returns: An `$argon2id$…` string to store.
    /// - Throws: ``PasswordHashingError``.
    public func hash(_ password: String) throws(PasswordHashingError) -> String {
        guard Sodium.isReady else { throw .libraryUnavailable }
        let capacity = crypto_pwhash_argon2id_strbytes()
        let encoded: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { output in
            guard let base = output.baseAddress else { return nil }
            let status = Self.withPassword(password) { bytes, count in
                crypto_pwhash_str_alg(base, bytes, count, opsLimit, memLimit, crypto_pwhash_ALG_ARGON2ID13)
            }
            guard status == 0 else { return nil }
            return String(cString: base)
        }
        guard let encoded else { throw .hashingFailed }
        return encoded
    }

    /// Passes the password's UTF-8 bytes to libsodium, which requires a non-NULL
    /// pointer even for an empty password.
    static func withPassword<Result>(
        _ password: String,
        _ body: (UnsafePointer<CChar>, UInt64) -> Result
    ) -> Result {
        withContiguousBytes(password.utf8) { bytes in
            if let base = bytes.baseAddress, !bytes.isEmpty {
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { body($0, UInt64(bytes.count)) }
            }
            var empty: CChar = 0
            return body(&empty, 0)
        }
    }
}
