/// One schema change: a version, a name, and the SQL that makes it.
///
/// ``Migrator`` applies migrations in version order, each exactly once, and records
/// a SHA-256 checksum of ``sql`` so that editing an applied migration is caught.
/// The SQL runs inside a transaction through the simple query protocol, so it may
/// hold several statements, but must not `COMMIT` itself or use statements that cannot
/// run in a transaction (such as `CREATE INDEX CONCURRENTLY`).
public struct Migration: Sendable, Hashable {
    /// The position in the order; versions must be unique and strictly increasing.
    public let version: Int
    /// A short human-readable name, recorded with the version.
    public let name: String
    /// The SQL to run. Trusted text from the program, never user input.
    public let sql: String

    /// Creates a migration.
    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// The SHA-256 of ``sql`` (UTF-8) in lower-case hex, as recorded when applied.
    public var checksum: String {
        SHA256.hexDigest(of: sql)
    }
}
