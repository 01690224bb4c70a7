import Foundation
import Testing
import Warrant
import WarrantPostgres

@Suite("Value types in PostgreSQL")
struct ValueTypeRoundTripTests {
    private func decimal(_ text: String) throws -> Decimal {
        try DecimalText.parse(text).get()
    }

    @Test("Decimal binds as numeric and comes back exactly; the server sees the same digits")
    func decimalParameters() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let samples = ["0", "0.1", "0.2", "-12345678901234567890.123456789", "100", "0.0001", "10000", "123456789.0001",
                           "-0.00000001", "99999999999999999999999999999999999999", "0.1234567890123456789012345678901234567",
                           "1000000000000000000000000000000", "-7.5"]
            for text in samples {
                let value = try decimal(text)
                #expect(try await pool.roundTrip(value) == value, "\(text)")
                #expect(try await pool.queryValue("SELECT \(value)::text", as: String.self) == text, "\(text)")
            }
            let sum = try decimal("0.1") + decimal("0.2")
            #expect(try await pool.queryValue("SELECT \(sum) = 0.3", as: Bool.self))
            #expect(try await pool.queryValue("SELECT pg_typeof(\(sum))::text", as: String.self) == "numeric")
            #expect(try await pool.queryValue("SELECT \(Decimal.nan)::text", as: String.self) == "NaN")
            #expect(try await pool.queryValue("SELECT 42::int8", as: Decimal.self) == 42)
        }
    }

    @Test("numeric(20,4) and numeric columns: exact values, the column's scale is the server's, the value is ours")
    func decimalColumns() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await pool.execute("CREATE TABLE amounts (id int PRIMARY KEY, fixed numeric(20,4), free numeric)")
            let sum = try decimal("0.1") + decimal("0.2")
            let values = [try decimal("0.1"), try decimal("0.2"), sum, try decimal("0"), try decimal("100.00"),
                          try decimal("-1234567890123456.1234")]
            for (id, value) in values.enumerated() {
                try await pool.execute("INSERT INTO amounts VALUES (\(id), \(value), \(value))")
            }
            let rows = try await pool.query("SELECT fixed, free, fixed::text AS shown FROM amounts ORDER BY id", decoding: AmountRow.self)
            #expect(rows.map(\.fixed) == values)
            #expect(rows.map(\.free) == values)
            #expect(rows.map { DecimalText.string($0.free) } == ["0.1", "0.2", "0.3", "0", "100", "-1234567890123456.1234"])
            // The column keeps four places; Decimal keeps the value, so 100.0000 reads back as 100.
            #expect(rows.map(\.shown) == ["0.1000", "0.2000", "0.3000", "0.0000", "100.0000", "-1234567890123456.1234"])
            // More places than the column's scale are rounded by the server; more integer digits are refused.
            let precise = try decimal("-12345678901234567890.123456789")
            try await pool.execute("INSERT INTO amounts VALUES (10, \(try decimal("1.23456")), \(precise))")
            let row = try #require(try await pool.queryFirst("SELECT fixed, free, fixed::text AS shown FROM amounts WHERE id = 10", decoding: AmountRow.self))
            #expect(row.fixed == (try decimal("1.2346")))
            #expect(row.free == precise)
            #expect(DecimalText.string(row.free) == "-12345678901234567890.123456789")
            let overflow = await #expect(throws: DatabaseError.self) { try await pool.execute("INSERT INTO amounts VALUES (11, \(precise), 0)") }
            #expect(overflow?.kind == .invalidInput, "numeric field overflow, answered 422")
        }
    }

    @Test("NaN, the infinities and 39 significant digits are decoding errors that say why")
    func decimalRefused() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let cases: [(SQL, String)] = [("SELECT 'NaN'::numeric", "NaN is not a number"), ("SELECT 'Infinity'::numeric", "Infinity is not"),
                                  ("SELECT '-Infinity'::numeric", "-Infinity is not"),
                                  ("SELECT 123456789012345678901234567890123456789::numeric", "more than 38 significant digits")]
            for (sql, reason) in cases {
                let error = await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue(sql, as: Decimal.self) }
                #expect(error?.kind == .decoding)
                #expect(error?.diagnostics.message.contains(reason) == true, "\(reason): \(error?.diagnostics.message ?? "")")
            }
            let mismatch = await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue("SELECT 'x'::text", as: Decimal.self) }
            #expect(mismatch?.diagnostics.message.contains("cannot be decoded as Decimal") == true)
        }
    }

    @Test("CalendarDate binds as date and reads date, before and after both epochs")
    func dates() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            for text in ["2000-01-01", "1999-12-31", "1970-01-01", "1969-12-31", "2026-01-31", "2024-02-29", "0001-01-01", "9999-12-31"] {
                let date = try #require(CalendarDate(text))
                #expect(try await pool.roundTrip(date) == date, "\(text)")
                #expect(try await pool.queryValue("SELECT \(date)::text", as: String.self) == text)
                #expect(try await pool.queryValue("SELECT \(text)::date", as: CalendarDate.self) == date)
            }
            #expect(try await pool.queryValue("SELECT pg_typeof(\(try #require(CalendarDate("2026-01-31"))))::text", as: String.self) == "date")
            // 1 BC is ISO 8601's year 0000; 2 BC would be year -0001, outside CalendarDate's range.
            let yearZero = try #require(CalendarDate("0000-01-01"))
            #expect(try await pool.queryValue("SELECT '0001-01-01 BC'::date", as: CalendarDate.self) == yearZero)
            #expect(try await pool.roundTrip(yearZero) == yearZero)
            let refused: [SQL] = ["SELECT 'infinity'::date", "SELECT '-infinity'::date", "SELECT '10000-01-01'::date", "SELECT '0002-01-01 BC'::date"]
            for sql in refused {
                let error = await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue(sql, as: CalendarDate.self) }
                #expect(error?.diagnostics.message.contains("have no CalendarDate") == true, "\(error?.diagnostics.message ?? "")")
            }
            await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue("SELECT now()", as: CalendarDate.self) }
            await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue("SELECT NULL::date", as: CalendarDate.self) }
        }
    }

    @Test("EmailAddress and URL are text; text that is not one is a decoding error")
    func textValues() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let email = try #require(EmailAddress("Ada@Example.com"))
            #expect(try await pool.roundTrip(email) == email)
            #expect(try await pool.queryValue("SELECT \(email)", as: String.self) == "Ada@example.com")
            #expect(try await pool.queryValue("SELECT pg_typeof(\(email))::text", as: String.self) == "text")
            #expect(try await pool.queryValue("SELECT 'ada@example.com'::varchar(40)", as: EmailAddress.self).localPart == "ada")
            let url = try #require(URL(string: "https://example.com/a?b=1#c"))
            #expect(try await pool.roundTrip(url) == url)
            #expect(try await pool.queryValue("SELECT \(url)", as: String.self) == "https://example.com/a?b=1#c")
            let notEmails: [SQL] = ["SELECT 'nope'", "SELECT 1", "SELECT NULL::text"]
            for sql in notEmails {
                let error = await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue(sql, as: EmailAddress.self) }
                #expect(error?.diagnostics.message.contains("EmailAddress") == true, "\(error?.diagnostics.message ?? "")")
            }
            let notURL: [SQL] = ["SELECT 'javascript:alert(1)'", "SELECT 1", "SELECT NULL::text"]
            for sql in notURL {
                let error = await #expect(throws: DatabaseError.self) { _ = try await pool.queryValue(sql, as: URL.self) }
                #expect(error?.diagnostics.message.contains("URL") == true, "\(error?.diagnostics.message ?? "")")
            }
        }
    }

    @Test("a row with every value type decodes by column name; bytea keeps every byte")
    func row() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            let bytes = Data((0...255).map(UInt8.init))
            let amount = try decimal("-0.05")
            let due = try #require(CalendarDate("2026-03-01"))
            let email = try #require(EmailAddress("ada@example.com"))
            let site = try #require(URL(string: "https://example.com"))
            let row = try #require(try await pool.queryFirst("""
                SELECT \(amount) AS amount, \(due) AS due, \(email) AS email, \(site) AS site, \(bytes) AS bytes, \(Data()) AS empty
                """, decoding: ValuesRow.self))
            #expect(row == ValuesRow(amount: amount, due: due, email: email, site: site, bytes: bytes, empty: Data()))
        }
    }
}

/// A row of `amounts`.
private struct AmountRow: Decodable {
    var fixed: Decimal
    var free: Decimal
    var shown: String
}

/// A row of every value type.
private struct ValuesRow: Decodable, Equatable {
    var amount: Decimal
    var due: CalendarDate
    var email: EmailAddress
    var site: URL
    var bytes: Data
    var empty: Data
}
