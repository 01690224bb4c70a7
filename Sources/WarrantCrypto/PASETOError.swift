/// Why a token was refused.
///
/// The cases exist for tests and metrics; callers answering a client should collapse
/// them all into one response. No case carries data, so neither a description nor a
/// log line can ever contain token contents or key material.
public enum PASETOError: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The token does not have the shape `v4.<purpose>.<body>[.<footer>]`.
    case malformedToken
    /// The token is not a version 4 token.
    case unsupportedVersion
    /// The token is v4 but of another purpose (`local` given to `public` or the reverse).
    case wrongPurpose
    /// A segment is not strict unpadded URL-safe Base64.
    case invalidEncoding
    /// The body is too short to hold a signature, or a nonce and a tag.
    case bodyTooShort
    /// The Ed25519 signature does not match (altered token, footer or implicit assertion, or another key).
    case invalidSignature
    /// The v4.local MAC does not match (altered token, footer or implicit assertion, or another key).
    case invalidAuthenticationTag
    /// The footer exceeds the size allowed for reading it unverified.
    case footerTooLarge
    /// A nonce given for reproducing test vectors is not 32 bytes.
    case invalidNonce

    /// A fixed message; it never contains data.
    public var description: String {
        switch self {
        case .malformedToken: "malformed PASETO token"
        case .unsupportedVersion: "unsupported PASETO version"
        case .wrongPurpose: "PASETO token has the wrong purpose"
        case .invalidEncoding: "PASETO token is not strict base64url"
        case .bodyTooShort: "PASETO token body is too short"
        case .invalidSignature: "PASETO signature is invalid"
        case .invalidAuthenticationTag: "PASETO authentication tag is invalid"
        case .footerTooLarge: "PASETO footer is too large"
        case .invalidNonce: "PASETO nonce must be 32 bytes"
        }
    }
}
