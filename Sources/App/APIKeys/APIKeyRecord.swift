import Foundation
import Warrant
import WarrantPostgres

/// An API key as administrators see it: never its secret, which only its creator saw, once.
@Schema @Row
struct APIKeyRecord: Sendable, Equatable, Decodable {
    /// The key's id; its callers' subject is `apikey:<id>`.
    var id: UUID
    /// What the key is for (`ci-bot`, `billing-sync`).
    var name: String
    /// The key's public prefix, to recognise it: the key starts `wk_<prefix>_`.
    var prefix: String
    /// The roles the key grants.
    var roles: [String]
    /// When it was created.
    var createdAt: Date
    /// When it stops working, if ever.
    var expiresAt: Date?
    /// When it was last used (to the minute), if ever.
    var lastUsedAt: Date?
    /// When it was revoked, if it was.
    var revokedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, prefix, roles
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case lastUsedAt = "last_used_at"
        case revokedAt = "revoked_at"
    }
}
