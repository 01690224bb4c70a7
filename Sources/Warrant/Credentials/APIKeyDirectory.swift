public import Foundation

/// What the server keeps of one API key: never the key itself, only its digest.
public struct StoredAPIKey: Sendable, Equatable {
    /// The key's id: its identities' subject is `apikey:<id>`.
    public var id: String
    /// The BLAKE2b-256 digest of the key's text.
    public var digest: [UInt8]
    /// The role names the key grants.
    public var roles: [String]
    /// When it was created.
    public var createdAt: Date
    /// When it stops working, if ever.
    public var expiresAt: Date?
    /// When it was revoked, if it was.
    public var revokedAt: Date?
    /// When it was last used, at a resolution of ``APIKeyVerifier/lastUseResolution``.
    public var lastUsedAt: Date?

    /// A stored key.
    public init(id: String, digest: [UInt8], roles: [String], createdAt: Date, expiresAt: Date? = nil, revokedAt: Date? = nil, lastUsedAt: Date? = nil) {
        self.id = id
        self.digest = digest
        self.roles = roles
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }
}

/// Where the ``APIKeyVerifier`` finds keys: by their public prefix, on every request, so a revocation takes
/// effect at once, on every instance.
public protocol APIKeyDirectory: Sendable {
    /// The key with this prefix, or `nil`; throws when the store cannot be reached.
    func key(prefix: String) async throws -> StoredAPIKey?
    /// Records that the key was used at `date` (called at most once per ``APIKeyVerifier/lastUseResolution``
    /// per key and instance).
    func recordUse(id: String, at date: Date) async throws
}
