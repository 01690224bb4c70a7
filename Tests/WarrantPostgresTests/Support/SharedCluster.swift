import WarrantPostgres
import WarrantPostgresTesting

/// One PostgreSQL cluster for the whole test run, started by the first test that asks.
///
/// Swift Testing has no global tear-down, so the cluster is not stopped explicitly: its
/// watchdog shuts it down and deletes it within a second of the test process exiting.
/// Tests that stop or restart a server start their own ``TemporaryPostgres`` instead.
actor SharedCluster {
    static let shared = SharedCluster()

    private var starting: Task<TemporaryPostgres, any Error>?
    private var readOnlyDatabase: Task<String, any Error>?

    func postgres() async throws -> TemporaryPostgres {
        if let starting {
            return try await starting.value
        }
        let task = Task { try await TemporaryPostgres.start() }
        starting = task
        return try await task.value
    }

    /// One database shared by tests that create nothing in it (creating a database takes
    /// over 100 ms, which adds up over a suite).
    func sharedDatabaseURL() async throws -> String {
        if let readOnlyDatabase {
            return try await readOnlyDatabase.value
        }
        // Stored before any suspension, so concurrent callers share the one creation.
        let task = Task { try await self.postgres().createDatabase(named: "shared_read_only") }
        readOnlyDatabase = task
        return try await task.value
    }
}

/// A fresh database per test, so tests can run in parallel without seeing each other.
enum TestDatabase {
    /// Creates a database, opens a pool on it, runs `body`, and closes the pool.
    ///
    /// `body` returns nothing on purpose: with a generic result, Swift infers a closure
    /// whose only `try`s sit inside `#expect` as non-throwing, and rejects them.
    ///
    /// - Parameter readOnly: the test creates and changes nothing, so it may use the
    ///   database shared by such tests instead of a new one.
    static func withPool(
        poolSize: Int = 2,
        readOnly: Bool = false,
        configure: (inout PostgresConfiguration) -> Void = { _ in },
        _ body: (PostgresPool) async throws -> Void
    ) async throws {
        let url = readOnly ? try await SharedCluster.shared.sharedDatabaseURL() : try await makeURL()
        var configuration = PostgresConfiguration(connectionString: url, poolSize: poolSize)
        configure(&configuration)
        let pool = PostgresPool(configuration: configuration)
        do {
            try await body(pool)
            await pool.close()
        } catch {
            await pool.close()
            throw error
        }
    }

    /// Creates an empty database and returns its URL.
    static func makeURL() async throws -> String {
        try await SharedCluster.shared.postgres().createDatabase()
    }
}
