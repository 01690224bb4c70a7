/// Applies an ordered list of ``Migration``s to a database, each exactly once.
///
/// ```swift
/// let applied = try await Migrator(migrations: [
///     Migration(version: 1, name: "create_todos", sql: "CREATE TABLE todos (…)"),
///     Migration(version: 2, name: "index_owner", sql: "CREATE INDEX …"),
/// ]).migrate(on: pool)
/// ```
///
/// - Concurrency: the whole run holds a session-level `pg_advisory_lock`, so migrators
///   started at once (several instances deploying together) run one after another; the
///   later ones find the work done. `statement_timeout` is lifted while waiting and
///   migrating, and restored afterwards.
/// - Each migration runs in its own transaction together with the insert that records it
///   in `warrant_migrations` (version, name, SHA-256 checksum, applied_at), created if absent.
/// - Refusals: a list whose versions are not strictly increasing, or an applied migration
///   whose SQL (checksum) or name has changed, throws a ``MigrationError`` naming it before
///   anything runs. Migrations recorded in the table but absent from the list are ignored.
public struct Migrator: Sendable {
    /// The default advisory lock key (the ASCII bytes of "warrantm").
    public static let defaultLockKey: Int64 = 0x7761_7272_616E_746D

    /// The migrations, in the order they must be applied.
    public let migrations: [Migration]
    /// The `pg_advisory_lock` key that serialises migrators on one database.
    public let lockKey: Int64

    /// Creates a migrator for `migrations`, which must be in strictly increasing version order.
    public init(migrations: [Migration], lockKey: Int64 = Migrator.defaultLockKey) {
        self.migrations = migrations
        self.lockKey = lockKey
    }

    /// Checks the list's order without touching a database.
    public func validate() throws(MigrationError) {
        for (previous, next) in zip(migrations, migrations.dropFirst()) where next.version <= previous.version {
            throw .versionsNotIncreasing(
                previousVersion: previous.version, previousName: previous.name, version: next.version, name: next.name)
        }
    }

    /// Applies every migration not yet recorded, in order, and returns those it applied.
    ///
    /// Throws ``MigrationError`` for refusals and failed migrations (earlier ones stay
    /// applied), or ``DatabaseError`` if the database cannot be reached.
    @discardableResult
    public func migrate(on pool: PostgresPool) async throws -> [Migration] {
        try validate()
        return try await pool.withConnection { connection in
            let previousTimeout = try await connection.queryValue(
                "SELECT current_setting('statement_timeout')", as: String.self)
            try await connection.execute("SELECT set_config('statement_timeout', '0', false)")
            try await connection.execute("SELECT pg_advisory_lock(\(lockKey))")
            do {
                let applied = try await applyPending(on: connection)
                try await finish(on: connection, restoring: previousTimeout)
                return applied
            } catch {
                try? await finish(on: connection, restoring: previousTimeout)
                throw error
            }
        }
    }

    /// The migrations recorded in the database, in version order (empty if none ever ran).
    public func appliedMigrations(on database: some PostgresQueryable) async throws(DatabaseError) -> [AppliedMigration] {
        let exists = try await database.queryValue(
            "SELECT to_regclass('warrant_migrations') IS NOT NULL", as: Bool.self)
        guard exists else { return [] }
        return try await database.query(
            "SELECT version, name, checksum, applied_at FROM warrant_migrations ORDER BY version",
            decoding: AppliedMigration.self, keyDecoding: .convertFromSnakeCase)
    }

    /// The migrations of the list not yet recorded in the database, in order (all of them on a database
    /// never migrated). Reads only; takes no lock.
    public func pendingMigrations(on database: some PostgresQueryable) async throws(DatabaseError) -> [Migration] {
        let recorded = Set(try await appliedMigrations(on: database).map(\.version))
        return migrations.filter { !recorded.contains($0.version) }
    }

    private func applyPending(on connection: PostgresConnection) async throws -> [Migration] {
        try await connection.runScript("""
            CREATE TABLE IF NOT EXISTS warrant_migrations (
                version bigint PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """)
        let recorded = try await appliedMigrations(on: connection)
        let recordedByVersion = Dictionary(recorded.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
        for migration in migrations {
            guard let record = recordedByVersion[migration.version] else { continue }
            if record.name != migration.name {
                throw MigrationError.nameMismatch(
                    version: migration.version, recordedName: record.name, currentName: migration.name)
            }
            if record.checksum != migration.checksum {
                throw MigrationError.checksumMismatch(
                    version: migration.version, name: migration.name,
                    recordedChecksum: record.checksum, currentChecksum: migration.checksum)
            }
        }

        var applied: [Migration] = []
        for migration in migrations where recordedByVersion[migration.version] == nil {
            try await apply(migration, on: connection)
            applied.append(migration)
        }
        return applied
    }

    private func apply(_ migration: Migration, on connection: PostgresConnection) async throws {
        do {
            try await connection.runScript("BEGIN")
            try await connection.runScript(.unsafeRaw(migration.sql))
            try await connection.execute("""
                INSERT INTO warrant_migrations (version, name, checksum)
                VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                """)
            try await connection.runScript("COMMIT")
        } catch {
            try? await connection.runScript("ROLLBACK")
            throw MigrationError.failed(version: migration.version, name: migration.name, underlying: error)
        }
    }

    private func finish(on connection: PostgresConnection, restoring timeout: String) async throws(DatabaseError) {
        try await connection.execute("SELECT pg_advisory_unlock(\(lockKey))")
        try await connection.execute("SELECT set_config('statement_timeout', \(timeout), false)")
    }
}
