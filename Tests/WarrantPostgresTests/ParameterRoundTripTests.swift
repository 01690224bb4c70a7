import Foundation
import Testing
import WarrantPostgres

@Suite("Parameters round-trip")
struct ParameterRoundTripTests {
    @Test func integers() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            for value in [Int.min, -1, 0, 1, Int.max] {
                #expect(try await pool.roundTrip(value) == value)
            }
            for value in [Int16.min, 0, Int16.max] {
                #expect(try await pool.roundTrip(value) == value)
            }
            for value in [Int32.min, 0, Int32.max] {
                #expect(try await pool.roundTrip(value) == value)
            }
            for value in [Int64.min, 0, Int64.max] {
                #expect(try await pool.roundTrip(value) == value)
            }
            // The server sees the declared types and values, not just our own decoder.
            let types = try await pool.query(
                "SELECT pg_typeof(\(Int16(1)))::text, pg_typeof(\(Int32(1)))::text, pg_typeof(\(Int64(1)))::text, pg_typeof(\(1))::text")
            #expect(try (0..<4).map { try types[0].decode(String.self, column: $0) } == ["smallint", "integer", "bigint", "bigint"])
            #expect(try await pool.queryValue("SELECT \(Int64.max) = 9223372036854775807", as: Bool.self))
            #expect(try await pool.queryValue("SELECT \(Int32(-5)) + 2", as: Int32.self) == -3)
        }
    }

    @Test func booleansAndFloatingPoint() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            #expect(try await pool.roundTrip(true) == true)
            #expect(try await pool.roundTrip(false) == false)
            #expect(try await pool.queryValue("SELECT \(true) AND NOT \(false)", as: Bool.self))
            for value in [0.0, -1.5, 3.141592653589793, Double.greatestFiniteMagnitude, Double.infinity, -Double.infinity] {
                #expect(try await pool.roundTrip(value) == value)
            }
            #expect(try await pool.roundTrip(Double.nan).isNaN)
            for value: Float in [0, -2.25, Float.greatestFiniteMagnitude] {
                #expect(try await pool.roundTrip(value) == value)
            }
            #expect(try await pool.queryValue("SELECT \(0.5) * 4", as: Double.self) == 2)
        }
    }

    @Test func text() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let samples = ["", "plain", "héllo wörld", "日本語のテキスト", "emoji 👩‍👩‍👧‍👦 🚀", "tab\tnew\nline", "'quotes' \"double\" \\ back"]
            for sample in samples {
                #expect(try await pool.roundTrip(sample) == sample)
            }
            #expect(try await pool.queryValue("SELECT length(\("日本語"))", as: Int.self) == 3)
            #expect(try await pool.queryValue("SELECT \("héllo") = 'héllo'", as: Bool.self))
            let substring = Substring("sub-string").dropFirst(4)
            #expect(try await pool.queryValue("SELECT \(substring)", as: String.self) == "string")
        }
    }

    @Test func datesKeepMicroseconds() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            // 2024-02-29 12:34:56.123456 UTC, built from whole microseconds.
            let microseconds: Int64 = 1_709_210_096_123_456
            let date = Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
            let back = try await pool.roundTrip(date)
            #expect(back == date)
            #expect(Int64((back.timeIntervalSince1970 * 1_000_000).rounded()) == microseconds)
            #expect(try await pool.queryValue(
                "SELECT \(date) = '2024-02-29 12:34:56.123456+00'::timestamptz", as: Bool.self))
            #expect(try await pool.queryValue("SELECT \(date)::text", as: String.self) == "2024-02-29 12:34:56.123456+00")
            // Dates before 2000 (negative PostgreSQL time) and now.
            let early = Date(timeIntervalSince1970: -86_400 * 365.25 * 20 + 0.000_001)
            #expect(abs(try await pool.roundTrip(early).timeIntervalSince(early)) < 0.000_001)
            let now = Date()
            #expect(abs(try await pool.roundTrip(now).timeIntervalSince(now)) <= 0.000_001)
        }
    }

    @Test func uuids() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let id = UUID()
            #expect(try await pool.roundTrip(id) == id)
            #expect(try await pool.queryValue("SELECT \(id)::text", as: String.self) == id.uuidString.lowercased())
            #expect(try await pool.queryValue("SELECT \(id)", as: String.self) == id.uuidString.lowercased())
        }
    }

    @Test func bytesIncludingZeroBytes() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let bytes: [UInt8] = [0, 1, 2, 0, 255, 0, 128, 0]
            #expect(try await pool.roundTrip(bytes) == bytes)
            #expect(try await pool.queryValue("SELECT length(\(bytes))", as: Int.self) == 8)
            #expect(try await pool.queryValue("SELECT encode(\(bytes), 'hex')", as: String.self) == "00010200ff008000")
            #expect(try await pool.roundTrip([UInt8]()) == [])
            let data = Data(bytes)
            #expect(try await pool.roundTrip(data) == data)
            let large = [UInt8]((0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            #expect(try await pool.roundTrip(large) == large)
        }
    }

    @Test func optionalsBindNull() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            #expect(try await pool.roundTrip(Int?.none) == nil)
            #expect(try await pool.roundTrip(String?.none) == nil)
            #expect(try await pool.roundTrip(Date?.none) == nil)
            #expect(try await pool.roundTrip(UUID?.none) == nil)
            #expect(try await pool.roundTrip([UInt8]?.none) == nil)
            #expect(try await pool.roundTrip(Int?.some(5)) == 5)
            #expect(try await pool.queryValue("SELECT \(String?.none) IS NULL", as: Bool.self))
            #expect(try await pool.queryValue("SELECT \(Bool?.none) IS NULL AND \(Bool?.some(false)) IS NOT NULL", as: Bool.self))
        }
    }

    @Test func arrays() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            #expect(try await pool.roundTrip([1, 2, 3]) == [1, 2, 3])
            #expect(try await pool.roundTrip([Int16(-1), 7]) == [-1, 7])
            #expect(try await pool.roundTrip([Int32.min, Int32.max]) == [Int32.min, Int32.max])
            #expect(try await pool.roundTrip([Int64]()) == [])
            #expect(try await pool.roundTrip([true, false]) == [true, false])
            #expect(try await pool.roundTrip([1.5, -2.0]) == [1.5, -2.0])
            #expect(try await pool.roundTrip([Float(0.25)]) == [0.25])
            let strings = ["a", "with space", "comma,brace{}", "quote\"'", "NULL", "", "日本"]
            #expect(try await pool.roundTrip(strings) == strings)
            let withNulls: [String?] = ["x", nil, "z"]
            #expect(try await pool.roundTrip(withNulls) == withNulls)
            let intsWithNull: [Int?] = [nil, 2]
            #expect(try await pool.roundTrip(intsWithNull) == intsWithNull)
            let dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_700_000_000.5)]
            #expect(try await pool.roundTrip(dates) == dates)
            let ids = [UUID(), UUID()]
            #expect(try await pool.roundTrip(ids) == ids)
            let blobs: [[UInt8]] = [[0, 1], [], [255]]
            #expect(try await pool.roundTrip(blobs) == blobs)
            #expect(try await pool.roundTrip([Data([0, 9])]) == [Data([0, 9])])
            // The server sees real arrays.
            #expect(try await pool.queryValue("SELECT array_length(\([10, 20, 30]), 1)", as: Int.self) == 3)
            #expect(try await pool.queryValue("SELECT (\(withNulls))[2] IS NULL", as: Bool.self))
            #expect(try await pool.queryValue("SELECT 20 = ANY(\([10, 20, 30]))", as: Bool.self))
            #expect(try await pool.queryValue("SELECT pg_typeof(\(strings))::text", as: String.self) == "text[]")
        }
    }

    @Test func valuesSurviveATable() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await pool.runScript("""
                CREATE TABLE everything (
                    i2 smallint, i4 integer, i8 bigint, b boolean, f4 real, f8 double precision,
                    t text, v varchar(20), ts timestamptz, id uuid, raw bytea, tags text[], nums int4[]
                )
                """)
            let id = UUID()
            let moment = Date(timeIntervalSince1970: 1_600_000_000.000_001)
            let inserted = try await pool.execute("""
                INSERT INTO everything VALUES (\(Int16(2)), \(Int32(4)), \(Int64(8)), \(true), \(Float(1.5)), \(2.5),
                \("text"), \("varchar"), \(moment), \(id), \([UInt8]([0, 0, 7])), \(["a", "b"]), \([Int32(1), 2]))
                """)
            #expect(inserted == 1)
            let row = try await pool.query("SELECT * FROM everything")[0]
            #expect(try row.decode(Int16.self, column: "i2") == 2)
            #expect(try row.decode(Int32.self, column: "i4") == 4)
            #expect(try row.decode(Int64.self, column: "i8") == 8)
            #expect(try row.decode(Bool.self, column: "b") == true)
            #expect(try row.decode(Float.self, column: "f4") == 1.5)
            #expect(try row.decode(Double.self, column: "f8") == 2.5)
            #expect(try row.decode(String.self, column: "t") == "text")
            #expect(try row.decode(String.self, column: "v") == "varchar")
            #expect(try row.decode(Date.self, column: "ts") == moment)
            #expect(try row.decode(UUID.self, column: "id") == id)
            #expect(try row.decode([UInt8].self, column: "raw") == [0, 0, 7])
            #expect(try row.decode([String].self, column: "tags") == ["a", "b"])
            #expect(try row.decode([Int].self, column: "nums") == [1, 2])
        }
    }
}
