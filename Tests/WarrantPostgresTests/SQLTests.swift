import Testing
import WarrantPostgres

@Suite("SQL construction")
struct SQLTests {
    @Test func interpolationsBecomeNumberedPlaceholders() {
        let id = 42
        let owner = "alice'); DROP TABLE todos; --"
        let sql: SQL = "SELECT * FROM todos WHERE id = \(id) AND owner = \(owner) AND done = \(false)"
        #expect(sql.text == "SELECT * FROM todos WHERE id = $1 AND owner = $2 AND done = $3")
        #expect(sql.parameterCount == 3)
        #expect(!sql.text.contains("alice"))
    }

    @Test func literalWithoutInterpolationHasNoParameters() {
        let sql: SQL = "SELECT 1"
        #expect(sql.text == "SELECT 1")
        #expect(sql.parameterCount == 0)
    }

    @Test func explicitBindsKeepTheirText() {
        let sql = SQL("SELECT $2::text, $1::int8", binds: 7, "x")
        #expect(sql.text == "SELECT $2::text, $1::int8")
        #expect(sql.parameterCount == 2)
    }

    @Test func unsafeRawIsSentVerbatim() {
        let sql = SQL.unsafeRaw("CREATE TABLE t (id int)")
        #expect(sql.text == "CREATE TABLE t (id int)")
        #expect(sql.parameterCount == 0)
    }

    @Test func explicitBindsRunOnTheServer() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let row = try await pool.query(SQL("SELECT $2::text AS a, $1 AS b", binds: Int64(7), "x"))[0]
            #expect(try row.decode(String.self, column: "a") == "x")
            #expect(try row.decode(Int64.self, column: "b") == 7)
        }
    }

    @Test func scriptsRejectParameters() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.runScript("SELECT \(1)")
            }
            #expect(error?.kind == .other)
        }
    }
}
