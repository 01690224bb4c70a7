import Foundation
import Warrant
import WarrantPostgres

/// API keys in PostgreSQL (`api_keys`): the digest and prefix of each, never the key.
struct PostgresAPIKeyStore: APIKeyStore {
    let database: any PostgresQueryable

    func key(prefix: String) async throws -> StoredAPIKey? {
        try await database.queryFirst("""
            SELECT id, digest, roles, created_at, expires_at, revoked_at, last_used_at FROM api_keys WHERE prefix = \(prefix)
            """, decoding: StoredRow.self)?.stored
    }

    func recordUse(id: String, at date: Date) async throws {
        guard let uuid = UUID(uuidString: id) else { return }
        // Conditional, so concurrent requests with one key write at most once per resolution.
        let cutoff = date.addingTimeInterval(-APIKeyVerifier.lastUseResolution)
        try await database.execute("""
            UPDATE api_keys SET last_used_at = \(date) WHERE id = \(uuid) AND (last_used_at IS NULL OR last_used_at <= \(cutoff))
            """)
    }

    func create(name: String, key: APIKeyText, roles: [String], expiresAt: Date?) async throws -> APIKeyRecord {
        let rows = try await database.query("""
            INSERT INTO api_keys (name, prefix, digest, roles, expires_at) VALUES (\(name), \(key.prefix), \(Data(key.digest)), \(roles), \(expiresAt))
            RETURNING id, name, prefix, roles, created_at, expires_at, last_used_at, revoked_at
            """, decoding: APIKeyRecord.self)
        guard let record = rows.first else { throw DatabaseError(kind: .other, diagnostics: .init(message: "INSERT returned no row")) }
        return record
    }

    func revoke(idOrPrefix: String) async throws -> APIKeyRecord? {
        let bare = APIKeyText.prefix(of: idOrPrefix)
        if let id = UUID(uuidString: idOrPrefix) {
            return try await database.queryFirst("""
                UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = \(id) RETURNING id, name, prefix, roles, created_at, expires_at, last_used_at, revoked_at
                """, decoding: APIKeyRecord.self)
        }
        return try await database.queryFirst("""
            UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE prefix = \(bare) RETURNING id, name, prefix, roles, created_at, expires_at, last_used_at, revoked_at
            """, decoding: APIKeyRecord.self)
    }

    func all(by proof: Proof<Admin>, limit: Int, offset: Int) async throws -> [APIKeyRecord] {
        try await list(limit: limit, offset: offset)
    }

    /// Every key, newest first (the operator's `api key list`, and the admin listing).
    func list(limit: Int, offset: Int) async throws -> [APIKeyRecord] {
        try await database.query("""
            SELECT id, name, prefix, roles, created_at, expires_at, last_used_at, revoked_at FROM api_keys ORDER BY created_at DESC, id LIMIT \(limit) OFFSET \(offset)
            """, decoding: APIKeyRecord.self)
    }

    func revoke(_ id: UUID, by proof: Proof<Admin>) async throws -> Bool {
        try await revoke(idOrPrefix: id.uuidString) != nil
    }

    /// A row as the verifier needs it.
    @Row
    fileprivate struct StoredRow: Decodable {
        var id: UUID
        var digest: Data
        var roles: [String]
        var createdAt: Date
        var expiresAt: Date?
        var revokedAt: Date?
        var lastUsedAt: Date?

        enum CodingKeys: String, CodingKey {
            case id, digest, roles
            case createdAt = "created_at"
            case expiresAt = "expires_at"
            case revokedAt = "revoked_at"
            case lastUsedAt = "last_used_at"
        }

        var stored: StoredAPIKey {
            StoredAPIKey(
                id: id.uuidString.lowercased(), digest: Array(digest), roles: roles, createdAt: createdAt,
                expiresAt: expiresAt, revokedAt: revokedAt, lastUsedAt: lastUsedAt
            )
        }
    }
}
