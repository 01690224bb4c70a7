import Foundation

/// A migration as recorded in the `warrant_migrations` table.
public struct AppliedMigration: Sendable, Hashable, Decodable {
    /// The migration's version.
    public let version: Int
    /// The name it was applied under.
    public let name: String
    /// The checksum of its SQL when it was applied.
    public let checksum: String
    /// When it was applied (server time).
    public let appliedAt: Date
}
