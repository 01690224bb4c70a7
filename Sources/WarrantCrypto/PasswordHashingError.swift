/// Why a password could not be hashed.
///
/// No case carries data, so a description never contains a password.
public enum PasswordHashingError: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// libsodium could not be initialised.
    case libraryUnavailable
    /// Argon2id failed: the memory could not be allocated or the limits are out of range.
    case hashingFailed

    /// A fixed message; it never contains the password.
    public var description: String {
        switch self {
        case .libraryUnavailable: "libsodium could not be initialised"
        case .hashingFailed: "password hashing failed (out of memory or limits out of range)"
        }
    }
}
