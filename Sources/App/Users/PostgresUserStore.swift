import Foundation
import Warrant
import WarrantPostgres

/// Users in PostgreSQL.
struct PostgresUserStore: UserStore {
    let database: any PostgresQueryable

    func create(email: String, passwordHash: String, roles: [String]) async throws -> User {
        do {
            let rows = try await database.query("""
                INSERT INTO users (email, password_hash, roles) VALUES (\(email), \(passwordHash), \(roles))
                RETURNING id, email, roles, created_at
                """, decoding: User.self)
            guard let user = rows.first else { throw DatabaseError(kind: .other, diagnostics: .init(message: "INSERT returned no row")) }
            return user
        } catch let error as DatabaseError where error.kind == .uniqueViolation {
            throw UserError.emailTaken
        }
    }

    func credentials(forEmail email: String) async throws -> StoredCredentials? {
        try await database.queryFirst("""
            SELECT id, password_hash, roles FROM users WHERE lower(email) = lower(\(email))
            """, decoding: StoredCredentials.self)
    }

    func updatePasswordHash(userID: UUID, hash: String) async throws {
        try await database.execute("UPDATE users SET password_hash = \(hash) WHERE id = \(userID)")
    }

    func all(by proof: Proof<Admin>, limit: Int, offset: Int) async throws -> [User] {
        try await database.query("""
            SELECT id, email, roles, created_at FROM users ORDER BY created_at, id LIMIT \(limit) OFFSET \(offset)
            """, decoding: User.self)
    }
}
