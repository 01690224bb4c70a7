import Foundation
import Testing
import WarrantPostgres

@Suite("Decoding errors")
struct DecodingErrorTests {
    struct User: Decodable {
        let id: Int
        let email: String
    }

    enum Role: String, Decodable {
        case admin, member
    }

    struct Account: Decodable {
        let role: Role
    }

    /// Runs `sql`, decodes it as `type`, and returns the decoding error.
    private func decodingError<Value: Decodable>(
        _ pool: PostgresPool, _ sql: SQL, as type: Value.Type
    ) async throws -> DatabaseError? {
        let result = try await pool.query(sql)
        let error = #expect(throws: DatabaseError.self) {
            _ = try result.decode(Value.self)
        }
        #expect(error?.kind == .decoding)
        return error
    }

    @Test func missingColumnNamesTheColumnAndType() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = try await decodingError(pool, "SELECT 1 AS id, 'a@b.c' AS mail", as: User.self)
            let message = error?.diagnostics.message ?? ""
            #expect(message.contains("\"email\""))
            #expect(message.contains("String"))
            #expect(message.contains("User"))
            #expect(error?.description.contains("email") == true)
        }
    }

    @Test func wrongTypeNamesBothTypes() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = try await decodingError(pool, "SELECT 'seven' AS id, 'a@b.c' AS email", as: User.self)
            let message = error?.diagnostics.message ?? ""
            #expect(message.contains("\"id\""))
            #expect(message.contains("text"))
            #expect(message.contains("Int"))
        }
    }

    @Test func nullIntoNonOptional() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = try await decodingError(pool, "SELECT 1 AS id, NULL::text AS email", as: User.self)
            #expect(error?.diagnostics.message.contains("\"email\" is NULL") == true)
        }
    }

    @Test func nullArrayElementIntoNonOptional() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let row = try await pool.query("SELECT ARRAY[1, NULL]::int4[] AS values")[0]
            let error = #expect(throws: DatabaseError.self) {
                _ = try row.decode([Int].self, column: 0)
            }
            #expect(error?.kind == .decoding)
            #expect(error?.diagnostics.message.contains("element 2 of column \"values\" is NULL") == true)
        }
    }

    @Test func outOfRangeAndOtherMismatches() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let row = try await pool.query(
                "SELECT 70000::int4 AS big, ARRAY[[1,2],[3,4]] AS grid, 1.5::float8 AS real, 'x' AS text, true AS flag")[0]
            let failures: [() throws -> Void] = [
                { _ = try row.decode(Int16.self, column: "big") },
                { _ = try row.decode([Int].self, column: "grid") },
                { _ = try row.decode(Int.self, column: "real") },
                { _ = try row.decode(Date.self, column: "text") },
                { _ = try row.decode(UUID.self, column: "text") },
                { _ = try row.decode([UInt8].self, column: "text") },
                { _ = try row.decode([String].self, column: "text") },
                { _ = try row.decode(Bool.self, column: "big") },
                { _ = try row.decode(String.self, column: "flag") },
                { _ = try row.decode(Int.self, column: 9) },
                { _ = try row.decode(Int.self, column: "absent") },
            ]
            for failure in failures {
                let error = #expect(throws: DatabaseError.self) { try failure() }
                #expect(error?.kind == .decoding)
            }
            let grid = #expect(throws: DatabaseError.self) { _ = try row.decode([Int].self, column: "grid") }
            #expect(grid?.diagnostics.message.contains("multi-dimensional") == true)
        }
    }

    @Test func ambiguousColumnNames() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = try await decodingError(pool, "SELECT 1 AS id, 2 AS id, 'e' AS email", as: User.self)
            #expect(error?.diagnostics.message.contains("several columns named \"id\"") == true)
        }
    }

    @Test func invalidEnumRawValue() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = try await decodingError(pool, "SELECT 'superuser' AS role", as: Account.self)
            #expect(error?.diagnostics.message.contains("Account") == true)
        }
    }

    @Test func singleValueNeedsOneColumn() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = try await decodingError(pool, "SELECT 1, 2", as: Int.self)
            #expect(error?.diagnostics.message.contains("2 columns") == true)
        }
    }

    @Test func queryValueWithoutRows() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let error = await #expect(throws: DatabaseError.self) {
                _ = try await pool.queryValue("SELECT 1 WHERE false", as: Int.self)
            }
            #expect(error?.kind == .decoding)
        }
    }
}
