import Foundation

/// Who a verified credential says the caller is.
///
/// Only the framework creates identities: the gate builds one from what a ``CredentialVerifier`` verified,
/// keeping only the roles the credential's scheme may grant.
public struct Identity: Sendable, Equatable {
    /// The caller's id: the token's subject, or the API key's id.
    public let subject: String
    /// The role names the credential grants (those its scheme may grant).
    public let roles: [String]
    /// Who vouches for the credential: the token's issuer, or `api-key`.
    public let issuer: String
    /// When the credential was issued, if it says.
    public let issuedAt: Date?
    /// When the credential expires; `nil` for one that does not (an API key without an expiry).
    public let expiresAt: Date?
    /// The audience the server matched, if the credential names one.
    public let audience: String?
    /// The security scheme the credential was presented under (`bearerAuth`, `openIdConnect`, `apiKey`).
    public let scheme: String
    /// Roles the credential claims that its scheme may not grant: dropped, kept only to say why (the access view).
    let ungrantedRoles: [String]

    init(_ credential: VerifiedCredential, scheme: CredentialScheme) {
        subject = credential.subject
        roles = scheme.grantableRoles.map { grantable in credential.roles.filter(grantable.contains) } ?? credential.roles
        ungrantedRoles = scheme.grantableRoles.map { grantable in credential.roles.filter { !grantable.contains($0) } } ?? []
        issuer = credential.issuer
        issuedAt = credential.issuedAt
        expiresAt = credential.expiresAt
        audience = credential.audience
        self.scheme = scheme.name
    }

    /// Issuer and subject as one key that no other pair shares: the issuer's length goes first, so an
    /// issuer or subject holding any separator cannot make two callers' keys equal.
    var callerKey: String {
        "\(issuer.utf8.count):\(issuer)\(subject)"
    }
}
