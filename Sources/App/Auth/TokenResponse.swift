import Warrant

/// An issued access token (RFC 6749 §5.1).
@Schema
struct TokenResponse: Sendable {
    /// The PASETO v4.public access token: send it as `Authorization: Bearer <token>`.
    var accessToken: String
    /// Always `bearer`.
    var tokenType: String = "bearer"
    /// Seconds until the token expires.
    var expiresIn: Int

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
    }
}
