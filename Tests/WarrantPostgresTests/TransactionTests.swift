import Testing
import WarrantPostgres

@Suite("Transactions")
struct TransactionTests {
    struct Abort: Error {}

    private func makeAccounts(_ pool: PostgresPool) async throws {
        try await pool.runScript("""
            CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL CHECK (balance >= 0));
            INSERT INTO accounts VALUES (1, 100), (2, 0);
            """)
    }

    private func balances(_ pool: PostgresPool) async throws -> [Int] {
        try await pool.query("SELECT balance FROM accounts ORDER BY id", decoding: Int.self)
    }

    @Test func commitsWhenTheClosureReturns() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await makeAccounts(pool)
            let moved = try await pool.transaction { tx async throws in
                try await tx.execute("UPDATE accounts SET balance = balance - \(30) WHERE id = \(1)")
                try await tx.execute("UPDATE accounts SET balance = balance + \(30) WHERE id = \(2)")
                return 30
            }
            #expect(moved == 30)
            #expect(try await balances(pool) == [70, 30])
        }
    }

    @Test func rollsBackWhenTheClosureThrows() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await makeAccounts(pool)
            await #expect(throws: Abort.self) {
                try await pool.transaction { tx async throws in
                    try await tx.execute("UPDATE accounts SET balance = 0 WHERE id = \(1)")
                    throw Abort()
                }
            }
            #expect(try await balances(pool) == [100, 0])
        }
    }

    @Test func rollsBackWhenAStatementFails() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await makeAccounts(pool)
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.transaction { tx async throws in
                    try await tx.execute("UPDATE accounts SET balance = balance + 50 WHERE id = \(2)")
                    try await tx.execute("UPDATE accounts SET balance = balance - 500 WHERE id = \(1)")
                }
            }
            #expect(error?.kind == .checkViolation)
            #expect(try await balances(pool) == [100, 0])
        }
    }

    @Test func swallowedStatementErrorMakesCommitFail() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await makeAccounts(pool)
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.transaction { tx async throws in
                    try await tx.execute("UPDATE accounts SET balance = 1 WHERE id = \(2)")
                    _ = try? await tx.execute("UPDATE accounts SET balance = -1 WHERE id = \(1)")
                }
            }
            #expect(error?.kind == .other)
            #expect(error?.diagnostics.message.contains("rolled back") == true)
            #expect(try await balances(pool) == [100, 0])
        }
    }

    @Test func allStatementsShareOneSession() async throws {
        try await TestDatabase.withPool(poolSize: 3) { pool async throws in
            try await pool.transaction { tx async throws in
                let first = try await tx.queryValue("SELECT pg_backend_pid()", as: Int32.self)
                try await tx.execute("SET LOCAL application_name = 'inside'")
                for _ in 0..<5 {
                    #expect(try await tx.queryValue("SELECT pg_backend_pid()", as: Int32.self) == first)
                }
                #expect(try await tx.queryValue("SHOW application_name", as: String.self) == "inside")
                #expect(try await tx.queryValue("SELECT now() = statement_timestamp()", as: Bool.self) == false)
                // The pool stays usable for others while the transaction is open.
                #expect(try await pool.queryValue("SELECT 1", as: Int.self) == 1)
            }
            // SET LOCAL ended with the transaction.
            try await pool.withConnection { connection async throws in
                #expect(try await connection.queryValue("SHOW application_name", as: String.self) == "warrant")
            }
        }
    }

    @Test func connectionCannotBeUsedAfterItsClosure() async throws {
        try await TestDatabase.withPool { pool async throws in
            let escaped = try await pool.transaction { tx in tx }
            let error = await #expect(throws: DatabaseError.self) {
                _ = try await escaped.query("SELECT 1")
            }
            #expect(error?.kind == .other)
        }
    }

    @Test func withConnectionKeepsSessionStateAndCleansUp() async throws {
        try await TestDatabase.withPool(poolSize: 1) { pool async throws in
            try await pool.withConnection { connection async throws in
                try await connection.runScript("CREATE TEMP TABLE scratch (v int); INSERT INTO scratch VALUES (7)")
                #expect(try await connection.queryValue("SELECT v FROM scratch", as: Int.self) == 7)
                // Left open on purpose: the pool must roll it back.
                try await connection.runScript("BEGIN; INSERT INTO scratch VALUES (8)")
            }
            #expect(try await pool.queryValue("SELECT count(*) FROM scratch", as: Int.self) == 1)
            // A BEGIN sent outside a lease does not leak into the next statement either:
            // SAVEPOINT only works inside a transaction block.
            try await pool.runScript("BEGIN")
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.runScript("SAVEPOINT probe")
            }
            #expect(error?.sqlState == "25P01")
        }
    }
}
