import Foundation
import Testing
import WarrantPostgres
import WarrantPostgresTesting

/// Uses a cluster of its own, since it stops and crashes the server.
@Suite("Recovery after server restarts")
struct RecoveryTests {
    static let connectionFailures: Set<DatabaseError.Kind> = [.connectionLost, .unavailable]

    @Test func poolRecoversWithoutBeingRecreated() async throws {
        let postgres = try await TemporaryPostgres.start()
        let url = try await postgres.createDatabase(named: "recovery")
        let pool = PostgresPool(configuration: .init(
            connectionString: url, poolSize: 2, acquireTimeout: .seconds(10), connectTimeout: .seconds(2)))
        do {
            try await exercise(pool: pool, postgres: postgres)
        } catch {
            await pool.close()
            try await postgres.stop()
            throw error
        }
        await pool.close()
        try await postgres.stop()
        #expect(!FileManager.default.fileExists(atPath: postgres.directory))
    }

    private func exercise(pool: PostgresPool, postgres: TemporaryPostgres) async throws {
        try await pool.runScript("CREATE TABLE hits (n int)")
        let before = try await backendIDs(pool)

        // 1. The server stops: statements fail fast with a connection error, then work again.
        try await postgres.restart {
            for _ in 0..<3 {
                let error = await #expect(throws: DatabaseError.self) {
                    try await pool.execute("INSERT INTO hits VALUES (\(1))")
                }
                #expect(error.map { Self.connectionFailures.contains($0.kind) } == true)
            }
        }
        for value in 0..<5 {
            #expect(try await pool.queryValue("SELECT \(value)", as: Int.self) == value)
        }
        #expect(try await pool.queryValue("SELECT count(*) FROM hits", as: Int.self) == 0)

        // 2. A restart while the pool sits idle is invisible: dead connections are noticed
        //    when taken and replaced before the statement is sent.
        try await postgres.restart()
        for value in 0..<10 {
            try await pool.execute("INSERT INTO hits VALUES (\(value))")
        }
        #expect(try await pool.queryValue("SELECT count(*) FROM hits", as: Int.self) == 10)
        #expect(try await backendIDs(pool).isDisjoint(with: before))

        // 3. A backend dies in the middle of a statement: that statement reports the loss,
        //    and the pool carries on once the server has recovered from the crash.
        let victim = Task { try await pool.execute("SELECT pg_sleep(30)") }
        let processID = try await waitForBackend(runningSleepIn: pool)
        kill(pid_t(processID), SIGKILL)
        let lost = await #expect(throws: DatabaseError.self) { try await victim.value }
        #expect(lost?.kind == .connectionLost)
        #expect(try await eventually { try await pool.queryValue("SELECT count(*) FROM hits", as: Int.self) } == 10)
    }

    /// The backend process ids of the pool's connections (each statement may land on either).
    private func backendIDs(_ pool: PostgresPool) async throws -> Set<Int32> {
        try await withThrowingTaskGroup(of: Int32.self) { group in
            for _ in 0..<8 {
                group.addTask { try await pool.queryValue("SELECT pg_backend_pid() FROM pg_sleep(0.05)", as: Int32.self) }
            }
            return try await group.reduce(into: []) { $0.insert($1) }
        }
    }

    private func waitForBackend(runningSleepIn pool: PostgresPool) async throws -> Int32 {
        // Generous deadline: on a loaded machine the statement can take seconds to start.
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if let found = try await pool.query(
                "SELECT pid FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'"
            ).first {
                return try found.decode(Int32.self, column: 0)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw DatabaseError(kind: .other, diagnostics: .init(message: "the sleeping statement never showed up"))
    }

    /// Retries `body` while the server is still recovering (for up to 15 seconds).
    private func eventually<Value>(_ body: () async throws -> Value) async throws -> Value {
        let deadline = ContinuousClock.now + .seconds(15)
        while true {
            do {
                return try await body()
            } catch let error as DatabaseError where Self.connectionFailures.contains(error.kind) && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
    }
}
