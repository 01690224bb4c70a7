import WarrantCrypto

/// What signing in needs of a password hasher; `PasswordHasher` (Argon2id) in the app, a counting wrapper in
/// tests that check how many hashes a burst of attempts reaches.
protocol PasswordHashing: Sendable {
    /// Whether `password` matches `hash`.
    func verify(_ password: String, against hash: String) -> Bool
    /// The same work as a verification, for an account that does not exist.
    func dummyVerify(_ password: String) -> Bool
    /// Whether `hash` was made with weaker parameters than the current ones.
    func needsRehash(_ hash: String) -> Bool
    /// A hash of `password` with the current parameters.
    func hash(_ password: String) throws -> String
}

extension PasswordHasher: PasswordHashing {}
