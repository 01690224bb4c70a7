import Foundation
public import WarrantPostgres
import WarrantPostgresTesting

/// Real PostgreSQL databases for tests: one throwaway cluster per test process, migrated once into a
/// template, and a fresh copy of the template for every test.
///
/// Copies are isolated, so tests run in parallel without seeing each other's rows. The cluster stops by
/// itself (and its folder is deleted) when the test process exits.
public actor TestDatabases {
    /// The process-wide instance.
    public static let shared = TestDatabases()

    private var cluster: Task<TemporaryPostgres, any Error>?
    private var templates: [String: Task<String, any Error>] = [:]

    /// A new database with `migrator`'s migrations applied, and its connection URL.
    ///
    /// - Parameters:
    ///   - migrator: The migrations to apply.
    ///   - locale: The database's collation and character classes (`C.utf8`, where PostgreSQL's
    ///     `lower()` folds beyond ASCII), or the cluster's `C` when `nil`.
    public func fresh(migratedWith migrator: Migrator, locale: String? = nil) async throws -> String {
        let server = try await postgres()
        let template = try await template(for: migrator, locale: locale, on: server)
        return try await server.cloneDatabase(from: template)
    }

    /// The cluster, started on first use.
    public func postgres() async throws -> TemporaryPostgres {
        if let cluster { return try await cluster.value }
        let task = Task { try await TemporaryPostgres.start() }
        cluster = task
        return try await task.value
    }

    /// A template database holding `migrator`'s schema, made once per distinct set of migrations.
    private func template(for migrator: Migrator, locale: String?, on server: TemporaryPostgres) async throws -> String {
        let key = SHA256.hexDigest(of: migrator.migrations.map { "\($0.version):\($0.checksum)" }.joined(separator: ",") + "|" + (locale ?? ""))
        if let existing = templates[key] { return try await existing.value }
        let task = Task {
            let name = "template_" + key.prefix(16)
            let url = try await server.createDatabase(named: String(name), locale: locale)
            let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: url, poolSize: 1))
            do {
                try await migrator.migrate(on: pool)
                await pool.close()
            } catch {
                await pool.close()
                throw error
            }
            return String(name)
        }
        templates[key] = task
        return try await task.value
    }
}
