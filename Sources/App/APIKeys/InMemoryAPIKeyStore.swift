import Foundation
import Warrant

/// API keys in memory: for tests that swap the store out, and for processes without a database.
actor InMemoryAPIKeyStore: APIKeyStore {
    private var records: [APIKeyRecord] = []
    private var digests: [UUID: [UInt8]] = [:]

    func key(prefix: String) -> StoredAPIKey? {
        guard let record = records.first(where: { $0.prefix == prefix }), let digest = digests[record.id] else { return nil }
        return StoredAPIKey(
            id: record.id.uuidString.lowercased(), digest: digest, roles: record.roles, createdAt: record.createdAt,
            expiresAt: record.expiresAt, revokedAt: record.revokedAt, lastUsedAt: record.lastUsedAt
        )
    }

    func recordUse(id: String, at date: Date) {
        guard let index = records.firstIndex(where: { $0.id.uuidString.lowercased() == id }) else { return }
        records[index].lastUsedAt = date
    }

    func create(name: String, key: APIKeyText, roles: [String], expiresAt: Date?) -> APIKeyRecord {
        let record = APIKeyRecord(id: UUID(), name: name, prefix: key.prefix, roles: roles, createdAt: Date(), expiresAt: expiresAt, lastUsedAt: nil, revokedAt: nil)
        records.append(record)
        digests[record.id] = key.digest
        return record
    }

    func revoke(idOrPrefix: String) -> APIKeyRecord? {
        let bare = APIKeyText.prefix(of: idOrPrefix)
        guard let index = records.firstIndex(where: { $0.id.uuidString.lowercased() == idOrPrefix.lowercased() || $0.prefix == bare }) else { return nil }
        if records[index].revokedAt == nil { records[index].revokedAt = Date() }
        return records[index]
    }

    func all(by proof: Proof<Admin>, limit: Int, offset: Int) -> [APIKeyRecord] {
        Array(records.reversed().dropFirst(offset).prefix(limit))
    }

    func revoke(_ id: UUID, by proof: Proof<Admin>) -> Bool {
        revoke(idOrPrefix: id.uuidString) != nil
    }
}
