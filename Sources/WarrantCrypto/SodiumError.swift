/// A failure of libsodium itself, independent of any input.
public enum SodiumError: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `sodium_init()` failed: the platform lacks something libsodium requires.
    case initializationFailed
    /// libsodium could not allocate guarded memory for key material.
    case allocationFailed

    /// A fixed message; it never contains data.
    public var description: String {
        switch self {
        case .initializationFailed: "libsodium could not be initialised"
        case .allocationFailed: "libsodium could not allocate secure memory"
        }
    }
}
