import Foundation
import Testing
import Warrant
import WarrantJSON

/// Something due on a day.
@Schema
struct Deadline: Sendable, Equatable {
    /// The day.
    var due: CalendarDate
}

@Suite("CalendarDate: YYYY-MM-DD")
struct CalendarDateTests {
    @Test("real dates decode and encode as written", arguments: ["2026-01-31", "2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "1969-12-31"])
    func roundTrip(_ text: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Deadline.self, #"{"due":"\#(text)"}"#)
        #expect(issues.isEmpty)
        let due = try #require(value?.due)
        #expect(due.description == text)
        #expect(JSONTestSupport.encode(Deadline(due: due)) == #"{"due":"\#(text)"}"#)
        #expect(CalendarDate(daysSince1970: due.daysSince1970) == due)
    }

    @Test("other forms and impossible dates are a format issue", arguments: [
        "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-31", "26-01-31",
        "2026-01-31T00:00:00Z", "2026/01/31", " 2026-01-31", "+202-01-31", "2026-01-3a", "", "20260131",
    ])
    func refused(_ text: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Deadline.self, #"{"due":"\#(text)"}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/due"])
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("a non-string is a format issue too")
    func notAString() throws {
        let (_, issues) = try JSONTestSupport.decode(Deadline.self, #"{"due":20260131}"#)
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("construction checks the calendar; days since 1970 agree with Foundation; order is calendar order")
    func arithmetic() throws {
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: -1, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
        let date = try #require(CalendarDate(year: 2026, month: 3, day: 1))
        #expect(date.daysSince1970 == Int(Date(timeIntervalSince1970: 0).distance(to: try #require(RFC3339.parse("2026-03-01T00:00:00Z"))) / 86_400))
        #expect(CalendarDate(daysSince1970: 0)?.description == "1970-01-01")
        #expect(CalendarDate(daysSince1970: -1)?.description == "1969-12-31")
        #expect(CalendarDate(daysSince1970: 3_000_000) == nil)
        #expect(try #require(CalendarDate("2025-12-31")) < date)
        #expect(try #require(CalendarDate("2026-02-28")) < date)
        #expect(!(date < date))
    }

    @Test("schema format date; as a parameter; Codable as its text")
    func schemaParameterCodable() throws {
        var components = SchemaComponents()
        let schema = try JSONTestSupport.object(CalendarDate.schema(in: &components))
        #expect(schema["type"] as? String == "string")
        #expect(schema["format"] as? String == "date")
        #expect(CalendarDate(parameterText: "2026-01-31")?.day == 31)
        #expect(CalendarDate(parameterText: "2026-02-31") == nil)
        let date = try #require(CalendarDate("2026-01-31"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-01-31"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-02-31"]"#.utf8)) }
    }
}
