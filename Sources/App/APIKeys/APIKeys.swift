import Foundation
import Warrant
import WarrantPostgres

/// API key administration outside HTTP: `api key create`, `revoke` and `list`.
public enum APIKeys {
    /// A key just created: the one time its text exists outside the client.
    public struct Created: Sendable {
        /// The key to hand to the client; the server keeps only its digest.
        public let key: String
        /// The key's id.
        public let id: UUID
        /// The key's public prefix.
        public let prefix: String
    }

    /// One key as the listing shows it.
    public struct Listed: Sendable {
        /// The key's id.
        public let id: UUID
        /// What it is for.
        public let name: String
        /// Its public prefix.
        public let prefix: String
        /// Its roles.
        public let roles: [String]
        /// When it expires, if ever.
        public let expiresAt: Date?
        /// When it was last used, if ever.
        public let lastUsedAt: Date?
        /// When it was revoked, if it was.
        public let revokedAt: Date?
    }

    /// Creates a key named `name` granting `roles`, valid until `expiresAt` (or for ever).
    public static func create(name: String, roles: [String], expiresAt: Date?, database: any PostgresQueryable) async throws -> Created {
        let key = try APIKeyText.generate()
        let record = try await PostgresAPIKeyStore(database: database).create(name: name, key: key, roles: roles, expiresAt: expiresAt)
        return Created(key: key.text, id: record.id, prefix: record.prefix)
    }

    /// Revokes the key with this id or prefix; `false` when there is none. Takes effect on the next request.
    public static func revoke(_ idOrPrefix: String, database: any PostgresQueryable) async throws -> Bool {
        try await PostgresAPIKeyStore(database: database).revoke(idOrPrefix: idOrPrefix) != nil
    }

    /// The newest keys first, up to `limit`.
    public static func list(limit: Int, database: any PostgresQueryable) async throws -> [Listed] {
        try await PostgresAPIKeyStore(database: database).list(limit: limit, offset: 0).map {
            Listed(id: $0.id, name: $0.name, prefix: $0.prefix, roles: $0.roles, expiresAt: $0.expiresAt, lastUsedAt: $0.lastUsedAt, revokedAt: $0.revokedAt)
        }
    }
}
