import Foundation
@testable import App
import Warrant
import WarrantCrypto
import WarrantPostgres
import WarrantTesting

/// The template app wired for one test: a fresh migrated database, a throwaway signing key, a client.
///
/// ```swift
/// let app = try await TestApp()
/// let response = try await app.client.get("/todos", as: .member("alice"))
/// ```
/// The database connections close when the value goes out of scope at the end of the test.
final class TestApp: Sendable {
    let client: TestClient
    let pool: PostgresPool
    let keys: TestKeys

    /// A fresh app; `override` swaps dependencies first (FastAPI's `dependency_overrides`).
    ///
    /// - Parameters:
    ///   - live: Serve it on a loopback socket instead of calling the router in-process.
    ///   - migrations: What the fresh database is migrated with (the app's own by default).
    ///   - locale: The database's locale (`C.utf8` to fold case beyond ASCII, as most deployments do); `C` by default.
    ///   - server: The server settings (client addresses, limits, docs).
    ///   - poolSize: The database connections (2, as `api serve`'s default).
    init(
        live: Bool = false, migrations: Migrator = AppDatabase.migrator, locale: String? = nil, server: ServerSettings = ServerSettings(),
        poolSize: Int = 2, _ override: (inout AppDependencies) -> Void = { _ in }
    ) async throws {
        let url = try await TestDatabases.shared.fresh(migratedWith: migrations, locale: locale)
        pool = PostgresPool(configuration: PostgresConfiguration(connectionString: url, poolSize: poolSize))
        keys = try TestKeys()
        var dependencies = AppDependencies.live(database: pool, auth: keys.authSettings())
        dependencies.passwordHasher = .fastForTests
        override(&dependencies)
        let api = AppAPI.make(server: server, dependencies: dependencies)
        let tokens = keys.issuer(now: dependencies.now)
        client = live ? try await TestClient.live(api: api, tokens: tokens) : try TestClient(api: api, tokens: tokens)
    }

    deinit {
        let pool = self.pool
        Task { await pool.close() }
    }
}

extension PasswordHasher {
    /// Argon2id at its minimum cost (libsodium allows 1 pass, 8 KiB): tests hash many passwords;
    /// production uses the interactive preset.
    static var fastForTests: PasswordHasher { PasswordHasher(opsLimit: 1, memLimit: 8192) }
}
