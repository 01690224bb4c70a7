import Testing
import WarrantPostgres

@Suite("Prepared and unnamed statements")
struct StatementModeTests {
    /// Statements this session has prepared, as the server sees them.
    private func preparedCount(_ connection: PostgresConnection) async throws -> Int {
        try await connection.queryValue("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'w%'", as: Int.self)
    }

    @Test func preparedModePreparesOncePerConnection() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true) { pool async throws in
            try await pool.withConnection { connection async throws in
                let before = try await preparedCount(connection)
                for id in 1...5 {
                    #expect(try await connection.queryValue("SELECT \(id) + 1", as: Int.self) == id + 1)
                }
                // One new statement for the five runs (the counting query was already prepared).
                #expect(try await preparedCount(connection) == before + 1)
                let statement = try await connection.queryValue(
                    "SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1 + 1'", as: String.self)
                #expect(statement == "SELECT $1 + 1")
            }
        }
    }

    @Test func unnamedModeLeavesNothingOnTheServer() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true, configure: { $0.statementMode = .unnamed }) { pool async throws in
            try await pool.withConnection { connection async throws in
                for id in 1...3 {
                    #expect(try await connection.queryValue("SELECT \(id) * 2", as: Int.self) == id * 2)
                }
                #expect(try await connection.queryValue("SELECT count(*) FROM pg_prepared_statements", as: Int.self) == 0)
            }
        }
    }

    @Test func sameTextWithOtherParameterTypesIsAnotherStatement() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true) { pool async throws in
            #expect(try await pool.queryValue("SELECT \(Int64(1))::text", as: String.self) == "1")
            #expect(try await pool.queryValue("SELECT \(true)::text", as: String.self) == "true")
            #expect(try await pool.queryValue("SELECT \("x")::text", as: String.self) == "x")
        }
    }

    @Test func deallocatedStatementIsPreparedAgain() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true) { pool async throws in
            #expect(try await pool.queryValue("SELECT \(1) + 41", as: Int.self) == 42)
            try await pool.runScript("DEALLOCATE ALL")
            #expect(try await pool.queryValue("SELECT \(1) + 41", as: Int.self) == 42)
        }
    }

    @Test func schemaChangeReplansTheStatement() async throws {
        try await TestDatabase.withPool(poolSize: 1) { pool async throws in
            try await pool.runScript("CREATE TABLE t (a int); INSERT INTO t VALUES (1)")
            let select: SQL = "SELECT * FROM t WHERE a = \(1)"
            #expect(try await pool.query(select).columnNames == ["a"])
            try await pool.runScript("ALTER TABLE t ADD COLUMN b text DEFAULT 'new'")
            // The cached plan no longer fits ("cached plan must not change result type");
            // the driver drops it and prepares again.
            #expect(try await pool.query(select).columnNames == ["a", "b"])
        }
    }

    @Test func cacheCapacityEvictsOldStatements() async throws {
        try await TestDatabase.withPool(poolSize: 1, readOnly: true, configure: { $0.preparedStatementCapacity = 2 }) { pool async throws in
            try await pool.withConnection { connection async throws in
                for offset in 1...6 {
                    let result = try await connection.query(SQL.unsafeRaw("SELECT \(offset)"))
                    #expect(try result[0].decode(Int.self, column: 0) == offset)
                }
                #expect(try await connection.queryValue(
                    "SELECT count(*) FROM pg_prepared_statements", as: Int.self) <= 2)
                // Evicted statements still work: they are simply prepared again.
                #expect(try await connection.query(SQL.unsafeRaw("SELECT 1"))[0].decode(Int.self, column: 0) == 1)
            }
        }
    }
}
