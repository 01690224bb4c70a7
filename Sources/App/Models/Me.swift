import Foundation
import Warrant

/// The caller, as their access token describes them.
@Schema
struct Me: Sendable {
    /// The caller's user id (the token's subject).
    var id: String
    /// The roles the token grants.
    var roles: [String]
    /// Who issued the token.
    var issuer: String
    /// When the token expires.
    var expiresAt: Date

    enum CodingKeys: String, CodingKey {
        case id, roles, issuer
        case expiresAt = "expires_at"
    }
}
