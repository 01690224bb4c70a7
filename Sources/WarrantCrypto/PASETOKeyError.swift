/// Why a key could not be created, parsed or serialised.
///
/// No case carries data, so a description never contains key material.
public enum PASETOKeyError: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The PASERK is not version 4 (for example `k3.`).
    case unsupportedVersion
    /// The PASERK is v4 but of another type (for example `k4.local.` where `k4.public.` belongs).
    case wrongType
    /// The key has the wrong number of bytes for its type.
    case invalidLength
    /// The PASERK's data is not strict unpadded URL-safe Base64.
    case invalidEncoding
    /// The secret key's public half is not the one derived from its seed.
    case keyPairMismatch
    /// libsodium could not be initialised.
    case libraryUnavailable
    /// libsodium could not allocate secure memory for the key.
    case outOfMemory

    /// A fixed message; it never contains key material.
    public var description: String {
        switch self {
        case .unsupportedVersion: "PASERK is not version 4"
        case .wrongType: "PASERK has the wrong type for this key"
        case .invalidLength: "key has the wrong length"
        case .invalidEncoding: "PASERK is not strict base64url"
        case .keyPairMismatch: "secret key's public half does not match its seed"
        case .libraryUnavailable: "libsodium could not be initialised"
        case .outOfMemory: "libsodium could not allocate secure memory"
        }
    }

    /// The error to report when guarded memory cannot be had.
    static var allocationFailure: PASETOKeyError {
        Sodium.isReady ? .outOfMemory : .libraryUnavailable
    }
}
