import Foundation
import Logging
import Warrant
import WarrantPostgres

/// Opening the app's database: the pool, its reachability, the migrations when the settings ask for them,
/// and the report of any that are still pending.
public enum AppDatabase {
    /// The app's migrations, checked for order.
    public static var migrator: Migrator { Migrator(migrations: AppMigrations.all) }

    /// The connection settings: `DATABASE_*`, with the password from an IAM token or Secrets Manager when
    /// the settings ask (``DatabasePasswords``), and metrics and spans as `operations` says.
    public static func configuration(
        settings: Settings, operations: OperationsOptions = OperationsOptions(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> PostgresConfiguration {
        var configuration = try PostgresConfiguration(settings: settings)
        configuration.passwordSource = try await DatabasePasswords.source(for: configuration.connectionString, settings: settings, environment: environment)
        configuration.metrics = operations.metrics
        configuration.tracing = operations.tracing
        return configuration
    }

    /// A pool per `settings` (``configuration(settings:operations:environment:)``). It connects on first use:
    /// build the API with it and check the API's declarations before ``prepare(_:settings:logger:)`` touches
    /// the database.
    public static func pool(settings: Settings, operations: OperationsOptions = OperationsOptions()) async throws -> PostgresPool {
        PostgresPool(configuration: try await configuration(settings: settings, operations: operations))
    }

    /// Checks that `pool` reaches the database unless `DATABASE_CHECK_ON_START` is false, migrates it when
    /// `DATABASE_MIGRATE_ON_START` is true (by default in development and test, never by default in
    /// production, where `api migrate` runs them), and logs any migration still pending — the server then
    /// answers 503 on `/health/ready` until it is applied. Closes the pool if it throws.
    public static func prepare(_ pool: PostgresPool, settings: Settings, logger: Logger) async throws {
        do {
            if try settings.bool("database.checkOnStart", default: true) {
                try await pool.checkReachable()
            }
            let migrateByDefault = settings.environment != .production
            if try settings.bool("database.migrateOnStart", default: migrateByDefault) {
                let applied = try await migrator.migrate(on: pool)
                for migration in applied {
                    logger.info("migration applied", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                }
            } else if let pending = try? await migrator.pendingMigrations(on: pool), !pending.isEmpty {
                logger.warning("database schema is behind: migrations pending; /health/ready answers 503 until `api migrate` applies them", metadata: [
                    "pending": "\(pending.map { "\($0.version) \($0.name)" }.joined(separator: ", "))",
                ])
            }
        } catch {
            await pool.close()
            throw error
        }
    }

    /// The readiness check that the database's schema is up to date: not ready while a migration is pending.
    public static func migrationsCheck(_ database: any PostgresQueryable) -> ReadinessCheck {
        let migrator = self.migrator
        return ReadinessCheck("migrations") {
            let pending = try await migrator.pendingMigrations(on: database)
            guard pending.isEmpty else {
                throw ReadinessFailure("migrations pending: versions \(pending.map { String($0.version) }.joined(separator: ", ")); run `api migrate`")
            }
        }
    }
}
