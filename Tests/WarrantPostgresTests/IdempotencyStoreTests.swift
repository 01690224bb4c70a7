import Foundation
import Testing
import Warrant
import WarrantPostgres

/// `PostgresIdempotencyStore`: the key's claim, and the handler's statements joining the transaction that
/// records its answer — savepoints for nested transactions, nothing kept after a release.
@Suite("PostgreSQL idempotency store")
struct IdempotencyStoreTests {
    struct Abort: Error {}

    private static let schema: SQL = """
        CREATE TABLE idempotency_keys (
            scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint BYTEA NOT NULL, status INT NOT NULL,
            header_names TEXT[] NOT NULL, header_values TEXT[] NOT NULL, body BYTEA NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (scope, key)
        );
        CREATE TABLE items (name TEXT PRIMARY KEY);
        """

    private static let now = Date(timeIntervalSince1970: 1_800_000_000)
    private static let answer = RecordedResponse(
        status: 201, headers: [.init(name: "Location", value: "/items/1"), .init(name: "Content-Type", value: "application/json")], body: Array(#"{"id":1}"#.utf8))

    private static func request(_ key: String = "k", fingerprint: UInt8 = 1, at now: Date = now) -> IdempotentRequest {
        IdempotentRequest(key: IdempotencyRequestKey(scope: "issuer alice", key: key), fingerprint: [fingerprint], now: now, retention: 60)
    }

    private static func items(_ pool: PostgresPool) async throws -> [String] {
        try await pool.query("SELECT name FROM items ORDER BY name", decoding: String.self)
    }

    private static func reservation(_ claim: IdempotencyClaim) throws -> any IdempotencyReservation {
        guard case .run(let reservation) = claim else { throw Abort() }
        return reservation
    }

    @Test("the handler's statements on the pool join the claim: nested transactions are savepoints, all commit with the answer")
    func joined() async throws {
        try await TestDatabase.withPool(poolSize: 3) { pool async throws in
            try await pool.runScript(Self.schema)
            let store = PostgresIdempotencyStore(pool: pool)
            let reservation = try Self.reservation(try await store.claim(Self.request()))
            _ = try await reservation.run {
                try await pool.execute("INSERT INTO items VALUES ('direct')")
                await #expect(throws: Abort.self) {
                    try await pool.transaction { connection in
                        try await connection.execute("INSERT INTO items VALUES ('undone by its savepoint')")
                        throw Abort()
                    }
                }
                _ = try await pool.transaction { connection in try await connection.execute("INSERT INTO items VALUES ('nested')") }
                let dropped = try await pool.begin()
                try await dropped.execute("INSERT INTO items VALUES ('rolled back')")
                try await dropped.end(committing: false)
                let kept = try await pool.begin()
                try await kept.execute("INSERT INTO items VALUES ('begun')")
                try await kept.end(committing: true)
                _ = try await pool.withConnection { connection in try await connection.execute("INSERT INTO items VALUES ('with connection')") }
                // Not committed yet: another session sees none of it, and the key is still running.
                #expect(try await TestDatabase.itemsSeenElsewhere(pool) == 0)
                #expect(try await store.claim(Self.request()).isInProgress)
                return RouteResponse(status: .created)
            }
            try await reservation.complete(recording: Self.answer)
            #expect(try await Self.items(pool) == ["begun", "direct", "nested", "with connection"])
            guard case .replay(let replayed) = try await store.claim(Self.request()) else { Issue.record("no replay"); return }
            #expect(replayed == Self.answer)
            #expect(try await store.claim(Self.request(fingerprint: 2)).isMismatch)
        }
    }

    @Test("a release keeps nothing and frees the key; an expired answer is replaced, then swept")
    func releaseAndExpiry() async throws {
        try await TestDatabase.withPool(poolSize: 3) { pool async throws in
            try await pool.runScript(Self.schema)
            let store = PostgresIdempotencyStore(pool: pool)
            let first = try Self.reservation(try await store.claim(Self.request()))
            _ = try await first.run {
                try await pool.execute("INSERT INTO items VALUES ('lost')")
                return RouteResponse(status: .created)
            }
            await first.release()
            #expect(try await Self.items(pool) == [])
            let second = try Self.reservation(try await store.claim(Self.request()))
            try await second.complete(recording: Self.answer)
            // Past its retention the key runs again, and its new answer replaces the old.
            let later = Self.now.addingTimeInterval(61)
            let third = try Self.reservation(try await store.claim(Self.request(fingerprint: 3, at: later)))
            try await third.complete(recording: RecordedResponse(status: 200, headers: [], body: []))
            guard case .replay(let replayed) = try await store.claim(Self.request(fingerprint: 3, at: later)) else { Issue.record("no replay"); return }
            #expect(replayed.status == 200)
            try await store.sweep(before: later.addingTimeInterval(61))
            #expect(try await pool.queryValue("SELECT count(*) FROM idempotency_keys", as: Int64.self) == 0)
            // Outside a claim the pool is its own: statements commit as they run.
            try await pool.execute("INSERT INTO items VALUES ('plain')")
            #expect(try await Self.items(pool) == ["plain"])
        }
    }
}

extension IdempotencyClaim {
    var isInProgress: Bool {
        if case .inProgress = self { return true }
        return false
    }

    var isMismatch: Bool {
        if case .mismatch = self { return true }
        return false
    }
}

extension TestDatabase {
    /// The items another session sees: a second pool on the same database, never joined.
    static func itemsSeenElsewhere(_ pool: PostgresPool) async throws -> Int64 {
        let other = PostgresPool(configuration: pool.configuration)
        defer { Task { await other.close() } }
        return try await other.queryValue("SELECT count(*) FROM items", as: Int64.self)
    }
}
