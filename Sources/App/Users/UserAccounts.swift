import Foundation
import Warrant
import WarrantCrypto
import WarrantPostgres

/// Account administration outside HTTP (the `api user` command and development seeding).
public enum UserAccounts {
    /// Why creating an account failed.
    public enum Failure: Error {
        /// The email is already registered.
        case emailTaken
    }

    /// A created account.
    public struct Account: Sendable {
        /// The account's id (its tokens' subject).
        public let id: UUID
    }

    /// Creates an account with an Argon2id hash of `password`.
    public static func create(email: String, password: String, roles: [String], database: any PostgresQueryable) async throws -> Account {
        let hash = try PasswordHasher().hash(password)
        do {
            let user = try await PostgresUserStore(database: database).create(email: email, passwordHash: hash, roles: roles)
            return Account(id: user.id)
        } catch UserError.emailTaken {
            throw Failure.emailTaken
        }
    }

    /// The id of the account with this email, if any.
    public static func id(ofEmail email: String, database: any PostgresQueryable) async throws -> UUID? {
        try await PostgresUserStore(database: database).credentials(forEmail: email)?.id
    }
}

/// The app's roles: the gate declares them, so each is known (and checked) even before a route requires it.
public enum AppRoles {
    /// Every role type of the app.
    public static let all: [any Role.Type] = [Member.self, Admin.self]
}
