import Foundation
import Testing
import WarrantJSON

@Suite("RFC 3339")
struct RFC3339Tests {
    /// Seconds since 1970 for a UTC calendar date, computed by Foundation's
    /// `Calendar` as an independent oracle.
    private func unixTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) throws -> Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return try #require(calendar.date(from: components)).timeIntervalSince1970
    }

    private func parsedUnixTime(_ text: String) throws -> Double {
        try #require(RFC3339.parse(text), "\(text)").timeIntervalSince1970
    }

    @Test("UTC timestamps")
    func utc() throws {
        #expect(try parsedUnixTime("1970-01-01T00:00:00Z") == 0)
        #expect(try parsedUnixTime("2026-11-24T21:42:07Z") == unixTime(2026, 11, 24, 21, 42, 7))
        #expect(try parsedUnixTime("1969-12-31T23:59:59Z") == -1)
        #expect(try parsedUnixTime("2000-03-01T00:00:00Z") == unixTime(2000, 3, 1))
    }

    @Test("the first and last years")
    func extremeYears() throws {
        #expect(try parsedUnixTime("0001-01-01T00:00:00Z") == -62_135_596_800)
        #expect(try parsedUnixTime("9999-12-31T23:59:59Z") == 253_402_300_799)
        #expect(try parsedUnixTime("0000-01-01T00:00:00Z") == -62_167_219_200)
        #expect(try parsedUnixTime("0000-02-29T00:00:00Z") == -62_167_219_200 + 59 * 86_400)
    }

    @Test("leap years follow the Gregorian rules")
    func leapYears() {
        for valid in ["2024-02-29", "2000-02-29", "1600-02-29", "0400-02-29", "2023-02-28"] {
            #expect(RFC3339.parse("\(valid)T12:00:00Z") != nil, "\(valid)")
        }
        for invalid in ["2023-02-29", "1900-02-29", "2100-02-29", "2024-02-30", "2019-02-29"] {
            #expect(RFC3339.parse("\(invalid)T12:00:00Z") == nil, "\(invalid)")
        }
    }

    @Test("calendar fields are range-checked")
    func ranges() {
        for valid in ["2026-01-31T00:00:00Z", "2026-04-30T00:00:00Z", "2026-12-31T23:59:59Z"] {
            #expect(RFC3339.parse(valid) != nil, "\(valid)")
        }
        let invalid = [
            "2026-00-10T00:00:00Z", "2026-13-10T00:00:00Z", "2026-04-31T00:00:00Z", "2026-06-31T00:00:00Z",
            "2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z",
            "2026-01-01T23:59:60Z", "2016-12-31T23:59:60Z", "2026-01-01T99:00:00Z",
        ]
        for text in invalid {
            #expect(RFC3339.parse(text) == nil, "\(text)")
        }
    }

    @Test("numeric offsets are applied; -00:00 means UTC")
    func offsets() throws {
        let utc = try parsedUnixTime("2026-11-24T16:12:07Z")
        #expect(try parsedUnixTime("2026-11-24T21:42:07+05:30") == utc)
        #expect(try parsedUnixTime("2026-11-24T08:12:07-08:00") == utc)
        #expect(try parsedUnixTime("2026-11-24T16:12:07-00:00") == utc)
        #expect(try parsedUnixTime("2026-11-24T16:12:07+00:00") == utc)
        #expect(try parsedUnixTime("2026-11-25T16:11:07+23:59") == utc)
        #expect(try parsedUnixTime("2026-11-24T00:30:00+01:00") == unixTime(2026, 11, 23, 23, 30))
        for invalid in ["+24:00", "+05:60", "+0530", "+05", "+5:30", "+05:3", "+05:30:00", "05:30", "+05-30"] {
            #expect(RFC3339.parse("2026-11-24T21:42:07\(invalid)") == nil, "\(invalid)")
        }
    }

    @Test("only the strict form is accepted")
    func strictForm() {
        let invalid = [
            "2026-11-24t21:42:07Z", "2026-11-24T21:42:07z", "2026-11-24 21:42:07Z", "2026-11-24T21:42:07",
            "2026-11-24", "21:42:07Z", "", "2026-11-24T21:42:07Z ", " 2026-11-24T21:42:07Z", "2026-11-24T21:42Z",
            "26-11-24T21:42:07Z", "+2026-11-24T21:42:07Z", "2026/11/24T21:42:07Z", "2026-11-24T21.42.07Z",
            "2026-1-24T21:42:07Z", "2026-11-24T21:42:7Z", "２０２６-11-24T21:42:07Z", "2026-11-24T21:42:07ZZ",
            "2026-11-24T21:42:07.Z", "2026-11-24T21:42:07,5Z", "2026-11-24T21:42:07.5", "2026-11-24T21:42:07.5.5Z",
            "2026-11-24T21:42:07UTC", "2026-11-24T21:42:07GMT", "2026-1a-24T21:42:07Z",
        ]
        for text in invalid {
            #expect(RFC3339.parse(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test("fractions of any length keep microsecond precision, truncating the rest")
    func fractions() throws {
        let base = try parsedUnixTime("2026-11-24T21:42:07Z")
        let cases: [(String, String)] = [
            (".1", "100000"), (".12", "120000"), (".123", "123000"), (".123456", "123456"),
            (".1234567", "123456"), (".1234569999999999999", "123456"), (".000001", "000001"),
            (".0000009", "000000"), (".999999", "999999"), (".9999999", "999999"), (".000000", "000000"),
        ]
        for (fraction, micros) in cases {
            let parsed = try #require(RFC3339.parse("2026-11-24T21:42:07\(fraction)Z"))
            #expect(RFC3339.format(parsed, fractionalSeconds: true) == "2026-11-24T21:42:07.\(micros)Z", "\(fraction)")
            // A Double near 2026 resolves about 0.12 µs.
            let expected = (Double(micros) ?? 0) / 1_000_000
            #expect(abs(parsed.timeIntervalSince1970 - base - expected) < 3e-7, "\(fraction)")
        }
        let withOffset = try parsedUnixTime("2026-11-24T21:42:07.5+01:00")
        #expect(withOffset == base - 3_600 + 0.5)
    }

    @Test("substrings parse")
    func substring() {
        let text = "at=2026-11-24T21:42:07Z;"
        let start = text.index(text.startIndex, offsetBy: 3)
        let end = text.index(before: text.endIndex)
        #expect(RFC3339.parse(text[start..<end]) == RFC3339.parse("2026-11-24T21:42:07Z"))
    }

    @Test("formatting in UTC, with or without microseconds")
    func format() throws {
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        let date = Date(timeIntervalSince1970: try unixTime(2026, 11, 24, 21, 42, 7) + 0.123456)
        #expect(RFC3339.format(date) == "2026-11-24T21:42:07Z")
        #expect(RFC3339.format(date, fractionalSeconds: true) == "2026-11-24T21:42:07.123456Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0), fractionalSeconds: true) == "1970-01-01T00:00:00.000000Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0.999_999_9)) == "1970-01-01T00:00:01Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0.9)) == "1970-01-01T00:00:00Z")
    }

    @Test("formatting before 1970 and at the extremes")
    func formatExtremes() {
        #expect(RFC3339.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -0.5), fractionalSeconds: true) == "1969-12-31T23:59:59.500000Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 253_402_300_799)) == "9999-12-31T23:59:59Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }

    @Test("dates outside years 0000–9999 are clamped")
    func clamping() {
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1e12)) == "9999-12-31T23:59:59Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1e12), fractionalSeconds: true) == "9999-12-31T23:59:59.999999Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -1e12)) == "0000-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSinceReferenceDate: .infinity)) == "9999-12-31T23:59:59Z")
        #expect(RFC3339.format(Date(timeIntervalSinceReferenceDate: -.infinity)) == "0000-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSinceReferenceDate: .nan)) == "0000-01-01T00:00:00Z")
    }

    @Test("format then parse returns the same instant to the microsecond")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<5_000 {
            let seconds = Double(Int64.random(in: -62_135_596_800...253_402_300_799, using: &generator))
            let micros = Double(Int.random(in: 0..<1_000_000, using: &generator)) / 1_000_000
            let date = Date(timeIntervalSince1970: seconds + micros)
            let text = RFC3339.format(date, fractionalSeconds: true)
            let parsed = try #require(RFC3339.parse(text), "\(text)")
            #expect(RFC3339.format(parsed, fractionalSeconds: true) == text)
            // At year-9999 magnitudes a Double only resolves ~30 µs.
            #expect(abs(parsed.timeIntervalSince1970 - date.timeIntervalSince1970) < 1e-4, "\(text)")
        }
    }

    @Test("formatting agrees with Foundation's calendar from 1583 on")
    func agreesWithFoundation() throws {
        // Foundation's Gregorian calendar switches to the Julian calendar
        // before 15 October 1582; RFC 3339 uses the proleptic Gregorian
        // calendar throughout, so compare only after the switch.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let firstComparable = Int64(try unixTime(1583, 1, 1))
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<2_000 {
            let seconds = Double(Int64.random(in: firstComparable...253_402_300_799, using: &generator))
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year ?? -1, parts.month ?? -1, parts.day ?? -1,
                parts.hour ?? -1, parts.minute ?? -1, parts.second ?? -1)
            #expect(RFC3339.format(date) == expected)
        }
    }
}
