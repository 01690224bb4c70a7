import Foundation
import Warrant
import WarrantPostgres

/// Where user accounts live.
protocol UserStore: Sendable {
    /// Creates a user; a taken email (compared case-insensitively) is ``UserError/emailTaken``.
    func create(email: String, passwordHash: String, roles: [String]) async throws -> User
    /// The id, hash and roles for signing in; `nil` when no user has this email.
    func credentials(forEmail email: String) async throws -> StoredCredentials?
    /// Replaces a user's password hash (after a parameter upgrade).
    func updatePasswordHash(userID: UUID, hash: String) async throws
    /// Every user: an admin-only operation.
    func all(by proof: Proof<Admin>, limit: Int, offset: Int) async throws -> [User]
}

/// What signing in needs to know about a user.
@Row
struct StoredCredentials: Sendable, Decodable {
    /// The user's id.
    var id: UUID
    /// The Argon2id hash.
    var passwordHash: String
    /// The roles to grant.
    var roles: [String]

    enum CodingKeys: String, CodingKey {
        case id, roles
        case passwordHash = "password_hash"
    }
}

/// Why a user operation failed.
@Problems
enum UserError: Error {
    /// Email already registered.
    ///
    /// Another user signs in with this email address.
    @Status(409) case emailTaken
}
