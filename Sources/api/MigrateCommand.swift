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
        let pool = PostgresPool(configuration: try PostgresConfiguration(settings: settings))
        defer { Task { await pool.close() } }
        let applied = try await AppDatabase.migrator.migrate(on: pool)
        await pool.close()
        if applied.isEmpty {
            print("the database is up to date")
        } else {
            for migration in applied { print("applied \(migration.version): \(migration.name)") }
        }
    }
}
