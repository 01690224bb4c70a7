import Foundation
import Synchronization
import Testing
import WarrantPostgres

@Suite("Pool")
struct PoolTests {
    @Test func manyCallersShareFewConnections() async throws {
        try await TestDatabase.withPool(poolSize: 3) { pool async throws in
            let results = try await withThrowingTaskGroup(of: (Int, Int, Int32).self) { group in
                for index in 0..<300 {
                    group.addTask {
                        let row = try await pool.query("SELECT \(index) * 2, pg_backend_pid()")[0]
                        return (index, try row.decode(Int.self, column: 0), try row.decode(Int32.self, column: 1))
                    }
                }
                var collected: [(Int, Int, Int32)] = []
                for try await result in group {
                    collected.append(result)
                }
                return collected
            }
            #expect(results.count == 300)
            #expect(results.allSatisfy { $0.1 == $0.0 * 2 })
            #expect(Set(results.map(\.2)).count <= 3)
        }
    }

    @Test func closeWaitsForRunningWorkThenRefuses() async throws {
        let url = try await TestDatabase.makeURL()
        let pool = PostgresPool(configuration: .init(connectionString: url, poolSize: 2, applicationName: "close_test"))
        let observer = PostgresPool(configuration: .init(connectionString: url, poolSize: 1))
        #expect(try await pool.queryValue("SELECT 1", as: Int.self) == 1)

        // The observer holds a lock the slow statement waits for, so it runs until the test lets it finish,
        // however loaded the machine (a two-second pg_sleep was missed by the poll on a busy CI machine).
        _ = try await observer.query("SELECT pg_advisory_lock(424242)")
        let slow = Task { try await pool.queryValue("SELECT pg_advisory_xact_lock(424242)::text", as: String.self) }
        var running = false
        for _ in 0..<3000 where !running {
            running = try await observer.queryValue("""
                SELECT count(*)::int FROM pg_stat_activity
                WHERE application_name = 'close_test' AND state = 'active' AND query LIKE 'SELECT pg_advisory_xact_lock%'
                """, as: Int.self) == 1
            if !running { try await Task.sleep(for: .milliseconds(10)) }
        }
        try #require(running, "the slow statement was seen running before close")
        let closeReturned = ClosedFlag()
        let closing = Task {
            await pool.close()
            closeReturned.set()
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(!closeReturned.isSet, "close waits while a statement runs")
        _ = try await observer.query("SELECT pg_advisory_unlock(424242)")
        await closing.value
        let stillRunning = try await observer.queryValue("""
            SELECT count(*)::int FROM pg_stat_activity
            WHERE application_name = 'close_test' AND state = 'active' AND query LIKE 'SELECT pg_advisory_xact_lock%'
            """, as: Int.self)
        #expect(stillRunning == 0, "close returned only after the running statement finished")
        #expect(try await slow.value == "", "the running statement completed instead of being cut off")

        let error = await #expect(throws: DatabaseError.self) {
            _ = try await pool.query("SELECT 1")
        }
        #expect(error?.kind == .unavailable)

        // The server sees the sessions go (their backends exit shortly after libpq's Terminate).
        var remaining = -1
        for _ in 0..<50 {
            remaining = try await observer.queryValue(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'close_test'", as: Int.self)
            if remaining == 0 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(remaining == 0)
        await observer.close()
        // Closing twice is harmless.
        await pool.close()
    }

    @Test func transactionsWaitForAFreeConnectionOrTimeOut() async throws {
        try await TestDatabase.withPool(poolSize: 1, configure: { $0.acquireTimeout = .milliseconds(150) }) { pool async throws in
            _ = try await pool.query("SELECT 1")
            let holder = Task {
                try await pool.transaction { tx in
                    try await tx.execute("SELECT pg_sleep(0.6)")
                }
            }
            try await Task.sleep(for: .milliseconds(100))
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.transaction { tx in
                    try await tx.execute("SELECT 1")
                }
            }
            #expect(error?.kind == .poolTimeout)
            _ = try await holder.value
            // Once free, the connection serves the next transaction.
            let value = try await pool.transaction { tx in
                try await tx.queryValue("SELECT 5", as: Int.self)
            }
            #expect(value == 5)
        }
    }

    @Test func poolThatIsDroppedStopsItsThreads() async throws {
        let url = try await TestDatabase.makeURL()
        weak var weakPool: PostgresPool?
        do {
            let pool = PostgresPool(configuration: .init(connectionString: url, poolSize: 1))
            weakPool = pool
            #expect(try await pool.queryValue("SELECT 1", as: Int.self) == 1)
        }
        #expect(weakPool == nil)
    }

    @Test("an idle connection is closed after the idle timeout, and the next statement reconnects")
    func idleTimeoutClosesConnections() async throws {
        let url = try await TestDatabase.makeURL()
        var configuration = PostgresConfiguration(connectionString: url, poolSize: 2, applicationName: "idle_test")
        configuration.idleTimeout = .milliseconds(200)
        let pool = PostgresPool(configuration: configuration)
        let observer = PostgresPool(configuration: .init(connectionString: url, poolSize: 1))
        func open() async throws -> Int {
            try await observer.queryValue("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = 'idle_test'", as: Int.self)
        }
        let first = try await pool.queryValue("SELECT pg_backend_pid()", as: Int32.self)
        var closed = false
        for _ in 0..<200 where !closed {
            try await Task.sleep(for: .milliseconds(50))
            closed = try await open() == 0
        }
        #expect(closed, "the idle connection was closed")
        let second = try await pool.queryValue("SELECT pg_backend_pid()", as: Int32.self)
        #expect(second != first, "the pool reconnected on demand: a new server process")
        await pool.close()
        await observer.close()
    }
}

/// Set once, read from another task: whether `close()` has returned.
private final class ClosedFlag: Sendable {
    private let value = Mutex(false)

    func set() {
        value.withLock { $0 = true }
    }

    var isSet: Bool { value.withLock { $0 } }
}
