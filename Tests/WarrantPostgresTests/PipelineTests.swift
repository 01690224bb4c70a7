import Testing
@testable import WarrantPostgres

@Suite("Pipelining")
struct PipelineTests {
    @Test(arguments: [
        ("SELECT 1", true), ("  select id from t", true), ("\n\tWITH x AS (SELECT 1) SELECT * FROM x", true),
        ("INSERT INTO t VALUES (1)", true), ("update t set a = 1", true), ("DELETE FROM t", true),
        ("VALUES (1)", true), ("TABLE t", true),
        ("BEGIN", false), ("begin isolation level serializable", false), ("START TRANSACTION", false),
        ("COMMIT", false), ("END", false), ("ROLLBACK", false), ("SAVEPOINT a", false), ("CALL proc()", false),
        ("SET x = 1", false), ("DO $$ BEGIN END $$", false), ("SELECTED", false), ("(SELECT 1)", false),
        ("/* c */ SELECT 1", false), ("-- c\nSELECT 1", false), ("", false), ("COPY t FROM STDIN", false),
    ])
    func onlyPlainDataStatementsArePipelined(text: String, allowed: Bool) {
        #expect(PipelineEligibility.allows(text) == allowed)
    }

    /// Runs `count` statements at once on one connection, so that they queue and pipeline.
    private func burst(_ pool: PostgresPool, count: Int) async throws -> [Int: Result<Int, DatabaseError>] {
        await withTaskGroup(of: (Int, Result<Int, DatabaseError>).self) { group in
            for index in 0..<count {
                group.addTask {
                    do {
                        // Every fifth statement fails: a unique violation or a division by zero.
                        let value: Int
                        switch index % 5 {
                        case 0: value = try await pool.execute("INSERT INTO items VALUES (\(1))")
                        case 1: value = try await pool.queryValue("SELECT 10 / \(index - index)", as: Int.self)
                        case 2: value = try await pool.execute("INSERT INTO items VALUES (\(index + 1000))")
                        case 3: value = try await pool.queryValue("SELECT \(index)::int8 + 1", as: Int.self)
                        default: value = try await pool.queryValue("SELECT \(String(index)) || ''", as: String.self).count
                        }
                        return (index, .success(value))
                    } catch let error as DatabaseError {
                        return (index, .failure(error))
                    } catch {
                        return (index, .failure(DatabaseError(kind: .other, diagnostics: .init(message: "\(error)"))))
                    }
                }
            }
            var results: [Int: Result<Int, DatabaseError>] = [:]
            for await (index, result) in group {
                results[index] = result
            }
            return results
        }
    }

    @Test(arguments: [StatementMode.prepared, .unnamed])
    func everyCallerGetsItsOwnResultOrError(mode: StatementMode) async throws {
        try await TestDatabase.withPool(poolSize: 1, configure: { $0.statementMode = mode }) { pool async throws in
            try await pool.runScript("CREATE TABLE items (id int PRIMARY KEY); INSERT INTO items VALUES (1)")
            let results = try await burst(pool, count: 200)
            for (index, result) in results {
                switch (index % 5, result) {
                case (0, .failure(let error)): #expect(error.kind == .uniqueViolation)
                case (1, .failure(let error)): #expect(error.kind == .invalidInput)
                case (2, .success(let count)): #expect(count == 1)
                case (3, .success(let value)): #expect(value == index + 1)
                case (4, .success(let length)): #expect(length == String(index).count)
                default: Issue.record("statement \(index) ended as \(result)")
                }
            }
            #expect(results.count == 200)
            #expect(try await pool.queryValue("SELECT count(*) FROM items", as: Int.self) == 41)
            #expect(pool.core.mutex.withLock { pool.core.pipelinedStatements } > 0)
        }
    }

    @Test func staleStatementsInAPipelineArePreparedAgain() async throws {
        try await TestDatabase.withPool(poolSize: 1) { pool async throws in
            try await pool.runScript("CREATE TABLE items (id int PRIMARY KEY); INSERT INTO items VALUES (1)")
            _ = try await burst(pool, count: 20)
            try await pool.runScript("DEALLOCATE ALL")
            let results = try await burst(pool, count: 100)
            let unexpected = results.filter { index, result in
                switch (index % 5, result) {
                case (0, .failure(let error)): error.kind != .uniqueViolation
                case (1, .failure(let error)): error.kind != .invalidInput
                case (2, .failure(let error)): error.kind != .uniqueViolation
                case (2, .success(let count)): count != 1
                case (3, .success), (4, .success): false
                default: true
                }
            }
            #expect(unexpected.isEmpty)
        }
    }

    @Test func transactionControlNeverJoinsAPipeline() async throws {
        try await TestDatabase.withPool(poolSize: 1) { pool async throws in
            try await pool.runScript("CREATE TABLE items (id int PRIMARY KEY)")
            // Callers misusing the pool with BEGIN must not drag others' inserts into a
            // transaction that is then rolled back.
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        if index % 10 == 0 {
                            _ = try? await pool.execute("BEGIN")
                        } else {
                            _ = try? await pool.execute("INSERT INTO items VALUES (\(index))")
                        }
                    }
                }
            }
            #expect(try await pool.queryValue("SELECT count(*) FROM items", as: Int.self) == 90)
        }
    }
}
