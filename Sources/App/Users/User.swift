import Foundation
import Warrant
import WarrantPostgres

/// A user account, as administrators see it (never with its password hash).
@Schema @Row
struct User: Sendable, Equatable, Decodable {
    /// The user's id: the `sub` of their access tokens.
    var id: UUID
    /// The sign-in email address.
    var email: String
    /// The roles the user's tokens grant.
    var roles: [String]
    /// When the account was created.
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, email, roles
        case createdAt = "created_at"
    }
}
