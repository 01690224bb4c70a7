import Logging
import Warrant
import WarrantPostgres

/// Opening the app's database: the pool, and the migrations when the settings ask for them.
public enum AppDatabase {
    /// The app's migrations, checked for order.
    public static var migrator: Migrator { Migrator(migrations: AppMigrations.all) }

    /// A pool per `settings`, checked to reach the database unless `DATABASE_CHECK_ON_START` is false, and
    /// migrated first when `DATABASE_MIGRATE_ON_START` is true (by default in development and test, never
    /// by default in production, where `api migrate` runs them).
    public static func open(settings: Settings, logger: Logger) async throws -> PostgresPool {
        let pool = PostgresPool(configuration: try PostgresConfiguration(settings: settings))
        if try settings.bool("database.checkOnStart", default: true) {
            do {
                try await pool.checkReachable()
            } catch {
                await pool.close()
                throw error
            }
        }
        let migrateByDefault = settings.environment != .production
        if try settings.bool("database.migrateOnStart", default: migrateByDefault) {
            do {
                let applied = try await migrator.migrate(on: pool)
                for migration in applied {
                    logger.info("migration applied", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                }
            } catch {
                await pool.close()
                throw error
            }
        }
        return pool
    }
}
