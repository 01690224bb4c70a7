import Testing
import WarrantPostgres
import WarrantPostgresTesting

@Suite("Error mapping")
struct ErrorMappingTests {
    private func schema(_ pool: PostgresPool) async throws {
        try await pool.runScript("""
            CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL UNIQUE, age int CHECK (age >= 0));
            CREATE TABLE posts (id int PRIMARY KEY, author int NOT NULL REFERENCES users (id));
            INSERT INTO users VALUES (1, 'taken@example.com', 30);
            """)
    }

    private func failure(_ pool: PostgresPool, _ sql: SQL) async -> DatabaseError? {
        await #expect(throws: DatabaseError.self) {
            try await pool.execute(sql)
        }
    }

    @Test func constraintViolations() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await schema(pool)
            let unique = await failure(pool, "INSERT INTO users VALUES (\(2), \("taken@example.com"), \(5))")
            #expect(unique?.kind == .uniqueViolation)
            #expect(unique?.sqlState == "23505")
            #expect(unique?.constraint == "users_email_key")
            #expect(unique?.diagnostics.table == "users")
            #expect(unique?.diagnostics.detail?.contains("taken@example.com") == true)

            let check = await failure(pool, "INSERT INTO users VALUES (\(3), \("a@b.c"), \(-1))")
            #expect(check?.kind == .checkViolation)
            #expect(check?.constraint == "users_age_check")

            let notNull = await failure(pool, "INSERT INTO users (id, email) VALUES (\(4), \(String?.none))")
            #expect(notNull?.kind == .notNullViolation)
            #expect(notNull?.diagnostics.column == "email")

            let foreignKey = await failure(pool, "INSERT INTO posts VALUES (\(1), \(999))")
            #expect(foreignKey?.kind == .foreignKeyViolation)
            let stillReferenced = try await {
                try await pool.execute("INSERT INTO posts VALUES (\(1), \(1))")
                return await failure(pool, "DELETE FROM users WHERE id = \(1)")
            }()
            #expect(stillReferenced?.kind == .foreignKeyViolation)
        }
    }

    @Test func invalidInput() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            #expect(await failure(pool, "SELECT \("not a number")::int")?.kind == .invalidInput)
            #expect(await failure(pool, "SELECT 1 / \(0)")?.kind == .invalidInput)
            #expect(await failure(pool, "SELECT \(Int64.max)::int4")?.kind == .invalidInput)
            // PostgreSQL text cannot hold NUL; it is refused, not truncated.
            #expect(await failure(pool, "SELECT \("a\u{0}b")")?.kind == .invalidInput)
        }
    }

    @Test func otherErrorsAndSafeDescriptions() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let syntax = await failure(pool, "SELEC 1")
            #expect(syntax?.kind == .other)
            #expect(syntax?.sqlState == "42601")
            let missing = await failure(pool, "SELECT * FROM no_such_table WHERE secret = \("hunter2")")
            #expect(missing?.kind == .schemaOutOfDate, "a missing table means the schema is behind the migrations")
            #expect(missing?.diagnostics.message.contains("no_such_table") == true)
            #expect(missing?.diagnostics.sql == "SELECT * FROM no_such_table WHERE secret = $1")
            // The client-facing text carries neither the server's message, the SQL nor values.
            let description = missing?.description ?? ""
            #expect(!description.contains("no_such_table"))
            #expect(!description.contains("SELECT"))
            #expect(!description.contains("hunter2"))
            #expect(missing?.debugDescription.contains("no_such_table") == true)
        }
    }

    @Test func queryTimeout() async throws {
        try await TestDatabase.withPool(readOnly: true, configure: { $0.statementTimeout = .milliseconds(100) }) { pool async throws in
            #expect(try await pool.queryValue("SHOW statement_timeout", as: String.self) == "100ms")
            let error = await failure(pool, "SELECT pg_sleep(\(2.0))")
            #expect(error?.kind == .queryTimeout)
            #expect(error?.sqlState == "57014")
            // The connection survives a timeout.
            #expect(try await pool.queryValue("SELECT 1", as: Int.self) == 1)
        }
    }

    @Test func poolTimeout() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true, configure: { $0.acquireTimeout = .milliseconds(200) }) { pool async throws in
            // Open the one connection first, so only the wait is measured.
            _ = try await pool.query("SELECT 1")
            // The blocker holds the only connection far longer than the timeout, so a wait that ends well
            // before it ends was cut by the timeout, however loaded the machine is.
            async let blocker = pool.execute("SELECT pg_sleep(\(5.0)) AS pool_timeout_blocker")
            // Only once the server runs it: a statement queued before the connection's thread took the blocker
            // would be pipelined behind it, and so never wait for a connection at all.
            try await waitUntilActive("SELECT pg_sleep($1) AS pool_timeout_blocker")
            let clock = ContinuousClock()
            let started = clock.now
            let error = await failure(pool, "SELECT 1")
            let waited = clock.now - started
            #expect(error?.kind == .poolTimeout)
            #expect(waited >= .milliseconds(150))
            #expect(waited < .milliseconds(4_000))
            #expect(try await blocker == 1)
        }
    }

    /// Waits (up to 20 s: a loaded machine may be slow to start it) until the server runs `query`, seen from a
    /// connection of its own.
    private func waitUntilActive(_ query: String) async throws {
        let observer = PostgresPool(configuration: PostgresConfiguration(connectionString: try await SharedCluster.shared.sharedDatabaseURL(), poolSize: 1))
        let deadline = ContinuousClock.now + .seconds(20)
        var running = 0
        while running == 0, ContinuousClock.now < deadline {
            running = (try? await observer.queryValue(
                "SELECT count(*)::int FROM pg_stat_activity WHERE query = \(query) AND state = 'active'", as: Int.self)) ?? 0
            if running == 0 { try? await Task.sleep(for: .milliseconds(20)) }
        }
        await observer.close()
        if running == 0 { Issue.record("the server never ran \(query)") }
    }

    @Test func missingDatabaseIsUnavailable() async throws {
        let port = try await SharedCluster.shared.postgres().port
        let pool = PostgresPool(configuration: PostgresConfiguration(
            connectionString: "postgresql://postgres@127.0.0.1:\(port)/no_such_database", poolSize: 1))
        let error = await #expect(throws: DatabaseError.self) {
            _ = try await pool.query("SELECT 1")
        }
        #expect(error?.kind == .unavailable)
        #expect(error?.sqlState == nil)
        #expect(error?.diagnostics.message.contains("no_such_database") == true)
        await pool.close()
    }
}

extension ErrorMappingTests {
    @Test func closedPortIsUnavailable() async throws {
        let pool = PostgresPool(configuration: PostgresConfiguration(
            connectionString: "postgresql://postgres@127.0.0.1:\(try FreePort.find())/postgres", poolSize: 1))
        let error = await #expect(throws: DatabaseError.self) {
            _ = try await pool.query("SELECT 1")
        }
        #expect(error?.kind == .unavailable)
        await pool.close()
    }
}

extension ErrorMappingTests {
    @Test func copyIsRefusedAndTheConnectionReplaced() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true) { pool async throws in
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.runScript("COPY (SELECT 1) TO STDOUT")
            }
            #expect(error?.kind == .other)
            #expect(try await pool.queryValue("SELECT 2", as: Int.self) == 2)
        }
    }

    @Test func malformedConnectionStringIsUnavailable() async throws {
        let pool = PostgresPool(configuration: .init(connectionString: "host=127.0.0.1 port='unterminated", poolSize: 1))
        let error = await #expect(throws: DatabaseError.self) {
            _ = try await pool.query("SELECT 1")
        }
        #expect(error?.kind == .unavailable)
        await pool.close()
    }
}
