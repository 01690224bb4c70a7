import Foundation
import WarrantCrypto

/// Mints access tokens: PASETO v4.public signed with the server's secret key, footer `{"kid": <k4.pid>}`.
public struct AccessTokenIssuer: Sendable {
    /// The signing key.
    let secretKey: PASETOSecretKey
    /// The `iss` claim.
    public let issuer: String
    /// The `aud` claim, when set.
    public let audience: String?
    /// How long tokens live.
    public let lifetime: TimeInterval
    /// The current time (swappable in tests).
    public let now: @Sendable () -> Date

    /// An issuer signing with `secretKey`.
    public init(
        secretKey: PASETOSecretKey,
        issuer: String,
        audience: String? = nil,
        lifetime: TimeInterval = 3600,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.secretKey = secretKey
        self.issuer = issuer
        self.audience = audience
        self.lifetime = lifetime
        self.now = now
    }

    /// The public key that verifies this issuer's tokens.
    public var publicKey: PASETOPublicKey { secretKey.publicKey }

    /// A token for `subject` with `roles`, valid from now for `lifetime` (or the issuer's lifetime).
    public func mint(subject: String, roles: [String], lifetime: TimeInterval? = nil) -> AccessToken {
        let issuedAt = Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down))
        let expiresAt = issuedAt.addingTimeInterval(lifetime ?? self.lifetime)
        let claims = AccessTokenClaims(subject: subject, roles: roles, issuer: issuer, issuedAt: issuedAt, expiresAt: expiresAt, audience: audience)
        let footer = Array(#"{"kid":"\#(secretKey.publicKey.id)"}"#.utf8)
        let token = PASETO.V4.Public.sign(payload: claims.payload, with: secretKey, footer: footer)
        return AccessToken(value: token, expiresAt: expiresAt, lifetime: lifetime ?? self.lifetime)
    }
}

/// A minted access token.
public struct AccessToken: Sendable {
    /// The token text, sent as `Authorization: Bearer <value>`.
    public let value: String
    /// When it expires.
    public let expiresAt: Date
    /// Its lifetime in seconds, as `expires_in` reports it.
    public let lifetime: TimeInterval
}
