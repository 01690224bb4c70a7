import Foundation
import Warrant

/// The caller, as their credential describes them.
@Schema
struct Me: Sendable {
    /// The caller's id: the token's subject, or `apikey:<id>` for an API key.
    var id: String
    /// The roles the credential grants.
    var roles: [String]
    /// Who vouches for the credential: the token's issuer, or `api-key`.
    var issuer: String
    /// When the credential expires; absent for an API key without an expiry.
    var expiresAt: Date?
    /// The security scheme the credential was sent under: `bearerAuth`, `openIdConnect` or `apiKey`.
    var scheme: String

    enum CodingKeys: String, CodingKey {
        case id, roles, issuer, scheme
        case expiresAt = "expires_at"
    }
}
