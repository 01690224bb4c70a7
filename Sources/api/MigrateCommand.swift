import App
import ArgumentParser
import Logging
import Warrant
import WarrantPostgres

/// `api migrate`: apply the app's pending migrations to DATABASE_URL.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    func run() async throws {
        let settings = try await Settings.load()
        let pool = try await AppDatabase.pool(settings: settings)
        defer { Task { await pool.close() } }
        let applied: [Migration]
        do {
            applied = try await AppDatabase.migrator.migrate(on: pool)
        } catch let error as DatabaseError where error.kind == .unavailable {
            // The operator's terminal: libpq's reason (refused, TLS verification, authentication) says what to fix.
            await pool.close()
            throw DatabaseUnreachable(reason: error.diagnostics.message)
        }
        await pool.close()
        if applied.isEmpty {
            print("the database is up to date")
        } else {
            for migration in applied { print("applied \(migration.version): \(migration.name)") }
        }
    }
}

/// `api migrate` could not connect; the message carries libpq's reason.
struct DatabaseUnreachable: Error, CustomStringConvertible {
    let reason: String

    var description: String { "the database is unreachable: \(reason)" }
}
