import Foundation
import Testing
import WarrantPostgres

@Suite("Row decoding")
struct RowDecodingTests {
    enum Status: String, Decodable, Equatable {
        case open, closed
    }

    struct Labels: Decodable, Equatable {
        let colour: String
        let weight: Int
    }

    struct Todo: Decodable, Equatable {
        let id: Int64
        let title: String
        let done: Bool
        let priority: Int16
        let score: Double
        let owner: UUID
        let createdAt: Date
        let tags: [String]
        let note: String?
        let status: Status
        let labels: Labels?
    }

    @Test func decodesRowsByColumnName() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await pool.runScript("""
                CREATE TABLE todos (
                    id bigserial PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false,
                    priority smallint NOT NULL, score numeric(6,2) NOT NULL, owner uuid NOT NULL,
                    created_at timestamptz NOT NULL, tags text[] NOT NULL, note text, status text NOT NULL,
                    labels jsonb
                )
                """)
            let owner = UUID()
            let created = Date(timeIntervalSince1970: 1_700_000_000.25)
            let labels = #"{"colour": "red", "weight": 3}"#
            try await pool.execute("""
                INSERT INTO todos (title, priority, score, owner, created_at, tags, note, status, labels)
                VALUES (\("Write tests"), \(Int16(2)), 12.5, \(owner), \(created), \(["a", "b"]), NULL, 'open', \(labels)::jsonb),
                       (\("Ship"), \(Int16(1)), -0.25, \(owner), \(created), \([String]()), \("soon"), 'closed', NULL)
                """)
            // Columns are selected in a different order than the properties, on purpose.
            let todos = try await pool.query(
                "SELECT labels, status, note, tags, created_at, owner, score, priority, done, title, id FROM todos ORDER BY id",
                decoding: Todo.self, keyDecoding: .convertFromSnakeCase)
            #expect(todos == [
                Todo(id: 1, title: "Write tests", done: false, priority: 2, score: 12.5, owner: owner, createdAt: created,
                     tags: ["a", "b"], note: nil, status: .open, labels: Labels(colour: "red", weight: 3)),
                Todo(id: 2, title: "Ship", done: false, priority: 1, score: -0.25, owner: owner, createdAt: created,
                     tags: [], note: "soon", status: .closed, labels: nil),
            ])
            let first = try await pool.queryFirst(
                "SELECT *, created_at AS \"createdAt\" FROM todos WHERE id = \(2)", decoding: Todo.self)
            #expect(first?.title == "Ship")
            let none = try await pool.queryFirst("SELECT * FROM todos WHERE id = \(99)", decoding: Todo.self)
            #expect(none == nil)
        }
    }

    struct Stamp: Decodable, Equatable {
        let createdAt: Int32
    }

    struct RawStamp: Decodable, Equatable {
        let created_at: Int32
    }

    @Test("one result decoded with one key strategy, then another, then the first again")
    func keyStrategiesOnOneResult() async throws {
        try await TestDatabase.withPool { pool async throws in
            let result = try await pool.query("SELECT 7::int4 AS created_at")
            #expect(try result.decode(RawStamp.self) == [RawStamp(created_at: 7)])
            #expect(try result.decode(Stamp.self, keyDecoding: .convertFromSnakeCase) == [Stamp(createdAt: 7)])
            #expect(try result.decode(RawStamp.self) == [RawStamp(created_at: 7)])
            #expect(throws: DatabaseError.self) { try result.decode(Stamp.self) }
        }
    }

    @Test func optionalPropertiesTolerateMissingColumns() async throws {
        struct Partial: Decodable, Equatable {
            let id: Int
            let nickname: String?
        }
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let rows = try await pool.query("SELECT 1 AS id", decoding: Partial.self)
            #expect(rows == [Partial(id: 1, nickname: nil)])
        }
    }

    @Test func singleValuesAndCounts() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await pool.runScript("CREATE TABLE items (id int PRIMARY KEY, name text)")
            #expect(try await pool.execute("INSERT INTO items SELECT g, 'n' || g FROM generate_series(1, 5) g") == 5)
            #expect(try await pool.execute("UPDATE items SET name = \("x") WHERE id <= \(3)") == 3)
            #expect(try await pool.execute("DELETE FROM items WHERE id = \(5)") == 1)
            #expect(try await pool.execute("DELETE FROM items WHERE id = \(5)") == 0)
            #expect(try await pool.queryValue("SELECT count(*) FROM items", as: Int64.self) == 4)
            #expect(try await pool.query("SELECT id FROM items ORDER BY id", decoding: Int.self) == [1, 2, 3, 4])
            let result = try await pool.query("SELECT id, name FROM items ORDER BY id")
            #expect(result.count == 4)
            #expect(result.columnNames == ["id", "name"])
            #expect(result.columnTypes == [.int4, .text])
            #expect(result.commandTag == "SELECT 4")
            #expect(try result[3].decode(Int32.self, column: 0) == 4)
            #expect(try result[0].decode(String.self, column: "name") == "x")
            #expect(!result[0].isNull(column: 1))
            #expect(try await pool.query("SELECT NULL::int").first?.isNull(column: 0) == true)
        }
    }

    @Test func numericTimestampAndDateColumns() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let row = try await pool.query("""
                SELECT 12345.6789::numeric AS a, 0.0001::numeric AS b, -5::numeric AS c, 100000000000000000000::numeric AS d,
                       123.450::numeric(8,3) AS e, 0::numeric AS f, 'NaN'::numeric AS g, -0.5::numeric AS h,
                       '2024-01-02 03:04:05.678901'::timestamp AS ts, '2024-01-02'::date AS day,
                       '2024-01-02 03:04:05+02'::timestamptz AS tz, 'infinity'::timestamptz AS forever
                """)[0]
            #expect(try row.decode(String.self, column: "a") == "12345.6789")
            #expect(try row.decode(String.self, column: "b") == "0.0001")
            #expect(try row.decode(String.self, column: "c") == "-5")
            #expect(try row.decode(String.self, column: "d") == "100000000000000000000")
            #expect(try row.decode(String.self, column: "e") == "123.450")
            #expect(try row.decode(String.self, column: "f") == "0")
            #expect(try row.decode(String.self, column: "g") == "NaN")
            #expect(try row.decode(String.self, column: "h") == "-0.5")
            #expect(try row.decode(Double.self, column: "a") == 12345.6789)
            #expect(try row.decode(Double.self, column: "d") == 1e20)
            #expect(try row.decode(Double.self, column: "g").isNaN)
            let utc = 1_704_164_645.678901
            #expect(abs(try row.decode(Date.self, column: "ts").timeIntervalSince1970 - utc) < 0.000_001)
            #expect(try row.decode(Date.self, column: "day") == Date(timeIntervalSince1970: 1_704_153_600))
            #expect(try row.decode(Date.self, column: "tz") == Date(timeIntervalSince1970: 1_704_157_445))
            #expect(try row.decode(Date.self, column: "forever") == .distantFuture)
        }
    }

    @Test func sessionTimeZoneIsUTC() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            #expect(try await pool.queryValue("SHOW TimeZone", as: String.self) == "UTC")
            #expect(try await pool.queryValue("SELECT '2024-01-02 03:04:05+02'::timestamptz::text", as: String.self)
                    == "2024-01-02 01:04:05+00")
        }
    }

    @Test func intArraysAndTextTypes() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let row = try await pool.query("""
                SELECT ARRAY[1,2,3]::int4[] AS i4, ARRAY[1,NULL]::int8[] AS i8, ARRAY[]::int2[] AS empty,
                       ARRAY['x', NULL]::varchar[] AS v, 'abc'::varchar(5) AS vc, 'ab'::char(4) AS bp,
                       'relname'::name AS nm, '{"a": 1}'::json AS js, '{"a": 1}'::jsonb AS jsb
                """)[0]
            #expect(try row.decode([Int32].self, column: "i4") == [1, 2, 3])
            #expect(try row.decode([Int].self, column: "i4") == [1, 2, 3])
            #expect(try row.decode([Int64?].self, column: "i8") == [1, nil])
            #expect(try row.decode([Int16].self, column: "empty") == [])
            #expect(try row.decode([String?].self, column: "v") == ["x", nil])
            #expect(try row.decode(String.self, column: "vc") == "abc")
            #expect(try row.decode(String.self, column: "bp") == "ab  ")
            #expect(try row.decode(String.self, column: "nm") == "relname")
            #expect(try row.decode(String.self, column: "js") == #"{"a": 1}"#)
            #expect(try row.decode(String.self, column: "jsb") == #"{"a": 1}"#)
        }
    }

    @Test func positionalDecoding() async throws {
        struct Pair: Decodable, Equatable {
            let left: Int
            let right: String
            init(from decoder: any Decoder) throws {
                var columns = try decoder.unkeyedContainer()
                left = try columns.decode(Int.self)
                right = try columns.decode(String.self)
            }
            init(left: Int, right: String) {
                self.left = left
                self.right = right
            }
        }
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let pairs = try await pool.query("SELECT 1, 'one' UNION ALL SELECT 2, 'two'", decoding: Pair.self)
            #expect(pairs == [Pair(left: 1, right: "one"), Pair(left: 2, right: "two")])
        }
    }
}
