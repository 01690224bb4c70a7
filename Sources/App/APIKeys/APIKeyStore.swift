import Foundation
import Warrant

/// Where the app's API keys live: what the verifier looks up, what the CLI creates and revokes, and what an
/// admin lists.
protocol APIKeyStore: APIKeyDirectory {
    /// Stores a new key's digest and prefix under `name` with `roles`.
    func create(name: String, key: APIKeyText, roles: [String], expiresAt: Date?) async throws -> APIKeyRecord
    /// Revokes the key with this id, or whose prefix (`wk_…` or bare) is this; `nil` when there is none.
    func revoke(idOrPrefix: String) async throws -> APIKeyRecord?
    /// Every key, newest first: an admin-only operation.
    func all(by proof: Proof<Admin>, limit: Int, offset: Int) async throws -> [APIKeyRecord]
    /// Revokes the key `id`: an admin-only operation; `false` when there is no such key.
    func revoke(_ id: UUID, by proof: Proof<Admin>) async throws -> Bool
}
