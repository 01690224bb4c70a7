import Testing
import WarrantPostgres

@Suite("SQL injection")
struct InjectionTests {
    static let hostile = [
        "'; DROP TABLE notes; --",
        "Robert'); DROP TABLE notes;--",
        "' OR '1'='1",
        "1; SELECT pg_sleep(10)",
        "$1",
        "$$ dollar $$",
        "\\' backslash",
        "\" double \" quotes",
        "-- comment",
        "/* block */",
        "E'\\x41'",
    ]

    @Test(arguments: [StatementMode.prepared, .unnamed])
    func hostileStringsAreStoredLiterally(mode: StatementMode) async throws {
        try await TestDatabase.withPool(configure: { $0.statementMode = mode }) { pool async throws in
            try await pool.runScript("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")
            for text in Self.hostile {
                try await pool.execute("INSERT INTO notes (body) VALUES (\(text))")
            }
            #expect(try await pool.query("SELECT body FROM notes ORDER BY id", decoding: String.self) == Self.hostile)
            for text in Self.hostile {
                #expect(try await pool.queryValue("SELECT count(*) FROM notes WHERE body = \(text)", as: Int.self) == 1)
            }
            #expect(try await pool.queryValue("SELECT count(*) FROM notes WHERE body = \("' OR '1'='1")", as: Int.self) == 1)
            #expect(try await pool.queryValue("SELECT to_regclass('notes') IS NOT NULL", as: Bool.self))
        }
    }
}
