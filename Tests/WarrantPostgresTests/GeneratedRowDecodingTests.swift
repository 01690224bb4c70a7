import Foundation
import Testing
import Warrant
import WarrantPostgres

/// `@Row`'s generated decoders: the same values and the same errors as `Decodable`, read by position.
@Suite("Generated row decoders (@Row)")
struct GeneratedRowDecodingTests {
    enum Status: String, Decodable, Equatable {
        case open, closed
    }

    struct Labels: Decodable, Equatable {
        let colour: String
        let weight: Int
    }

    /// Every kind of property: direct reads, `Decodable` reads (enum, array, JSON), optionals, renamed keys,
    /// a constant and a property the coding keys leave out.
    @Row
    struct Task: Decodable, Equatable {
        var id: Int64
        var title: String
        var done: Bool
        var priority: Int16
        var score: Double
        var owner: UUID
        var createdAt: Date
        var tags: [String]
        var note: String?
        var status: Status
        var labels: Labels?
        var missing: Int32?
        let kind = "task"
        var local: Int = 7

        enum CodingKeys: String, CodingKey {
            case id, title, done, priority, score, owner, tags, note, status, labels, missing
            case createdAt = "created_at"
        }
    }

    /// Decodes through `Decodable` alone: in this generic context the `@Row` overloads are not visible.
    private func decodedByDecodable<Value: Decodable>(_ result: PostgresResult, as type: Value.Type) throws -> [Value] {
        try result.decode(Value.self)
    }

    private static let schema: SQL = """
        CREATE TABLE tasks (
            id bigserial PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false,
            priority smallint NOT NULL, score numeric(6,2) NOT NULL, owner uuid NOT NULL,
            created_at timestamptz NOT NULL, tags text[] NOT NULL, note text, status text NOT NULL, labels jsonb
        )
        """

    @Test("reads every kind of property, and agrees with Decodable row for row")
    func readsLikeDecodable() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await pool.runScript(Self.schema)
            let owner = UUID()
            let created = Date(timeIntervalSince1970: 1_700_000_000.25)
            try await pool.execute("""
                INSERT INTO tasks (title, priority, score, owner, created_at, tags, note, status, labels)
                VALUES (\("Write tests"), \(Int16(2)), 12.5, \(owner), \(created), \(["a", "b"]), NULL, 'open', \(#"{"colour": "red", "weight": 3}"#)::jsonb),
                       (\("Ship"), \(Int16(1)), -0.25, \(owner), \(created), \([String]()), \("soon"), 'closed', NULL)
                """)
            // Columns in another order than the properties, on purpose; `missing` has no column.
            let sql: SQL = "SELECT labels, status, note, tags, created_at, owner, score, priority, done, title, id FROM tasks ORDER BY id"
            let tasks = try await pool.query(sql, decoding: Task.self)
            #expect(tasks.map(\.title) == ["Write tests", "Ship"])
            #expect(tasks[0].tags == ["a", "b"] && tasks[1].tags == [])
            #expect(tasks[0].note == nil && tasks[1].note == "soon")
            #expect(tasks[0].status == .open && tasks[1].status == .closed)
            #expect(tasks[0].labels == Labels(colour: "red", weight: 3) && tasks[1].labels == nil)
            #expect(tasks[0].createdAt == created && tasks[0].owner == owner && tasks[0].score == 12.5)
            #expect(tasks.allSatisfy { $0.missing == nil && $0.kind == "task" && $0.local == 7 })
            #expect(try decodedByDecodable(try await pool.query(sql), as: Task.self) == tasks)

            let first = try await pool.queryFirst("SELECT * FROM tasks WHERE id = \(2)", decoding: Task.self)
            #expect(first == tasks[1])
            #expect(try await pool.queryFirst("SELECT * FROM tasks WHERE id = \(3)", decoding: Task.self) == nil)
        }
    }

    /// Declares no `Decodable`: `PostgresRowDecodable` implies it, and Swift synthesises it.
    @Row
    struct Minimal: Equatable {
        var id: Int64
    }

    @Test("a @Row struct that does not declare Decodable gets it synthesised, and both paths agree")
    func decodableIsImplied() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let result = try await pool.query("SELECT 3::bigint AS id UNION ALL SELECT 5")
            #expect(try result.decode(Minimal.self) == [Minimal(id: 3), Minimal(id: 5)])
            #expect(try decodedByDecodable(result, as: Minimal.self) == [Minimal(id: 3), Minimal(id: 5)])
        }
    }

    @Row
    struct Stamp: Decodable, Equatable {
        var createdAt: Int32
    }

    @Test("key strategies apply as with Decodable")
    func keyStrategies() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let result = try await pool.query("SELECT 7::int AS created_at")
            #expect(try result.decode(Stamp.self, keyDecoding: .convertFromSnakeCase) == [Stamp(createdAt: 7)])
            #expect(try result[0].decode(Stamp.self, keyDecoding: .convertFromSnakeCase) == Stamp(createdAt: 7))
            #expect(throws: DatabaseError.self) { try result.decode(Stamp.self) }
        }
    }

    @Row
    struct Account: Decodable, Equatable {
        var id: Int64
        var email: String
        var status: Status
    }

    /// Runs `sql`, decodes it as an `Account` both ways, and returns both errors' messages.
    private func messages(_ pool: PostgresPool, _ sql: SQL) async throws -> (generated: String, decodable: String) {
        let result = try await pool.query(sql)
        let generated = #expect(throws: DatabaseError.self) { _ = try result.decode(Account.self) }
        let decodable = #expect(throws: DatabaseError.self) { _ = try decodedByDecodable(result, as: Account.self) }
        #expect(generated?.kind == .decoding && decodable?.kind == .decoding)
        return (generated?.diagnostics.message ?? "", decodable?.diagnostics.message ?? "")
    }

    @Test("a missing column names the column and the type")
    func missingColumn() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let (generated, _) = try await messages(pool, "SELECT 1::bigint AS id, 'open' AS status")
            #expect(generated.contains("\"email\"") && generated.contains("Account"))
        }
    }

    @Test("NULL into a non-optional, a wrong type and an unknown enum value name the column")
    func valueErrors() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let null = try await messages(pool, "SELECT 1::bigint AS id, NULL::text AS email, 'open' AS status")
            #expect(null.generated.contains("\"email\"") && null.generated.contains("NULL"))
            #expect(null.generated == null.decodable)
            let wrongType = try await messages(pool, "SELECT 'seven' AS id, 'a@b.c' AS email, 'open' AS status")
            #expect(wrongType.generated.contains("\"id\"") && wrongType.generated.contains("Int64"))
            #expect(wrongType.generated == wrongType.decodable)
            let unknownCase = try await messages(pool, "SELECT 1::bigint AS id, 'a@b.c' AS email, 'archived' AS status")
            #expect(unknownCase.generated.contains("\"status\"") && unknownCase.generated.contains("Status"))
        }
    }

    @Test("two columns of one name are refused, as with Decodable")
    func ambiguousColumns() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let (generated, _) = try await messages(pool, "SELECT 1::bigint AS id, 'a' AS email, 'b' AS email, 'open' AS status")
            #expect(generated.contains("several columns named \"email\""))
        }
    }

    @Test("an empty result decodes to no rows without looking its columns up, as with Decodable")
    func emptyResult() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let result = try await pool.query("SELECT 1 AS unrelated WHERE false")
            #expect(try result.decode(Account.self).isEmpty)
            #expect(try decodedByDecodable(result, as: Account.self).isEmpty)
        }
    }

    @Test("Revised<Value> of a @Row type reads the value, then the revision column")
    func revised() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let rows = try await pool.query("SELECT 4::bigint AS id, 'a@b.c' AS email, 'closed' AS status, 9::bigint AS revision", decoding: Revised<Account>.self)
            #expect(rows == [Revised(Account(id: 4, email: "a@b.c", status: .closed), revision: 9)])
            let result = try await pool.query("SELECT 4::bigint AS id, 'a@b.c' AS email, 'closed' AS status")
            let error = #expect(throws: DatabaseError.self) { _ = try result.decode(Revised<Account>.self) }
            #expect(error?.diagnostics.message.contains("\"revision\"") == true)
        }
    }

    /// Decodes only by position: its `Decodable` initializer throws, so a value proves which path ran.
    struct PositionalOnly: PostgresRowDecodable, Equatable {
        var name: String
        var nickname: String?

        struct PostgresColumns {
            let name: Int
            let nickname: Int?
        }

        static func postgresColumns(in columns: PostgresColumnSet) throws(DatabaseError) -> PostgresColumns {
            PostgresColumns(name: try columns.required("name", of: Self.self), nickname: try columns.optional("nickname", of: Self.self))
        }

        init(postgresRow row: PostgresRow, columns: PostgresColumns) throws(DatabaseError) {
            name = try row.decode(String.self, column: columns.name)
            nickname = try row.decodeIfPresent(String.self, column: columns.nickname)
        }

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "decoded through Decodable"))
        }
    }

    @Test("every query entry point picks the positional decoder for a PostgresRowDecodable type")
    func overloadsPickThePositionalPath() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let sql: SQL = "SELECT 'ada' AS name, NULL::text AS nickname"
            #expect(try await pool.query(sql, decoding: PositionalOnly.self) == [PositionalOnly(name: "ada")])
            #expect(try await pool.queryFirst(sql, decoding: PositionalOnly.self) == PositionalOnly(name: "ada"))
            let result = try await pool.query(sql)
            #expect(try result.decode(PositionalOnly.self) == [PositionalOnly(name: "ada")])
            #expect(try result[0].decode(PositionalOnly.self) == PositionalOnly(name: "ada"))
            #expect(try await pool.query("SELECT 'bo' AS name", decoding: PositionalOnly.self) == [PositionalOnly(name: "bo")])
            #expect(throws: DatabaseError.self) { _ = try decodedByDecodable(result, as: PositionalOnly.self) }
        }
    }

    @Test("a column position outside the result is an error, not a read out of bounds")
    func positionOutOfRange() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let row = try #require(try await pool.query("SELECT 1::bigint AS id").first)
            #expect(throws: DatabaseError.self) { _ = try row.decode(Int64.self, column: 1) }
            #expect(throws: DatabaseError.self) { _ = try row.decodeIfPresent(Status.self, column: -1) }
            #expect(try row.decodeIfPresent(Int64.self, column: nil) == nil)
        }
    }
}

extension GeneratedRowDecodingTests.PositionalOnly {
    init(name: String) {
        self.name = name
        self.nickname = nil
    }
}
