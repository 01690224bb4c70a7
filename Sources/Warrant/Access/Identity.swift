import Foundation

/// Who a verified access token says the caller is.
///
/// Only the framework creates identities, after verifying a token's signature and claims.
public struct Identity: Sendable, Equatable {
    /// The token's subject: the caller's user id.
    public let subject: String
    /// The role names the token grants, as written in it.
    public let roles: [String]
    /// The token's issuer.
    public let issuer: String
    /// When the token was issued, if it says.
    public let issuedAt: Date?
    /// When the token expires.
    public let expiresAt: Date
    /// The token's audience, if it names one.
    public let audience: String?

    init(subject: String, roles: [String], issuer: String, issuedAt: Date?, expiresAt: Date, audience: String?) {
        self.subject = subject
        self.roles = roles
        self.issuer = issuer
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.audience = audience
    }
}
