internal import CSodium

extension PasswordHasher {
    /// The prefix of every Argon2id hash string; other algorithms are refused.
    private static let prefix = "$argon2id$"

    /// Checks a password against a stored hash. Blocking and slow; see the type's notes.
    ///
    /// The work is set by the parameters inside `hash`, not by this hasher's limits.
    /// Anything that is not a well-formed Argon2id string (empty, truncated, another
    /// algorithm, an embedded NUL, too long) is simply `false`.
    /// - Parameters:
    ///   - password: The candidate password.
    ///   - hash: A string produced by ``hash(_:)``.
    /// - Returns: `true` only when the password matches.
    public func verify(_ password: String, against hash: String) -> Bool {
        guard Sodium.isReady, Self.isWellFormed(hash) else { return false }
        return hash.withCString { encoded in
            Self.withPassword(password) { bytes, count in
                crypto_pwhash_argon2id_str_verify(encoded, bytes, count) == 0
            }
        }
    }

    /// Spends the time of one verification and returns `false`, for unknown users.
    ///
    /// A login that returns at once for a missing user but after Argon2id for a wrong
    /// password tells an attacker which accounts exist. Call this when no user
    /// matches, so both paths cost one Argon2id computation with this hasher's
    /// limits (the same as verifying any hash made with them; hashes with older
    /// limits, still awaiting ``needsRehash(_:)``, cost what those limits cost).
    /// - Parameter password: The submitted password, so the work depends on it as a real check would.
    /// - Returns: Always `false`.
    public func dummyVerify(_ password: String) -> Bool {
        // Hashing and verifying run the same Argon2id computation for equal limits;
        // hashing needs no stored dummy hash to keep in sync with the limits.
        _ = try? hash(password)
        return false
    }

    /// Whether a stored hash should be replaced after the next successful login.
    ///
    /// `true` when its limits differ from this hasher's or its prefix and parameters
    /// are not well-formed Argon2id. Like libsodium's check it reads only the
    /// parameters, so a damaged salt or digest is not detected here; such a hash
    /// fails ``verify(_:against:)``, so no rehash is ever reached for it.
    /// - Parameter hash: A stored hash string.
    /// - Returns: `true` when the hash should be recomputed with this hasher.
    public func needsRehash(_ hash: String) -> Bool {
        guard Sodium.isReady, Self.isWellFormed(hash) else { return true }
        return hash.withCString { encoded in
            crypto_pwhash_argon2id_str_needs_rehash(encoded, opsLimit, memLimit) != 0
        }
    }

    /// Cheap checks before handing a string to libsodium's C parser.
    ///
    /// libsodium reads a NUL-terminated string of at most `STRBYTES` bytes, so a NUL
    /// inside would hide a suffix and anything longer cannot be a hash it produced.
    private static func isWellFormed(_ hash: String) -> Bool {
        let bytes = hash.utf8
        return bytes.count < crypto_pwhash_argon2id_strbytes()
            && bytes.starts(with: prefix.utf8)
            && !bytes.contains(0)
    }
}
