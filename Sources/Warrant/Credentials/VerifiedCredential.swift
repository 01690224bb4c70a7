public import Foundation

/// What a ``CredentialVerifier`` found a credential to say: whose it is and which role names it carries.
///
/// It is only a claim until the gate turns it into an ``Identity`` — limiting its roles to those the scheme
/// may grant — and the role graph admits it; nothing converts it to a ``Proof`` directly.
public struct VerifiedCredential: Sendable, Equatable {
    /// The caller's id (a user id, or an API key's id).
    public var subject: String
    /// The role names the credential carries, as the verifier read or mapped them.
    public var roles: [String]
    /// Who vouches for it: the token's issuer, or `api-key`.
    public var issuer: String
    /// When it was issued, if known.
    public var issuedAt: Date?
    /// When it stops being valid, if it does.
    public var expiresAt: Date?
    /// The audience the server matched, if any.
    public var audience: String?

    /// A verified credential.
    public init(subject: String, roles: [String], issuer: String, issuedAt: Date? = nil, expiresAt: Date? = nil, audience: String? = nil) {
        self.subject = subject
        self.roles = roles
        self.issuer = issuer
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.audience = audience
    }
}
