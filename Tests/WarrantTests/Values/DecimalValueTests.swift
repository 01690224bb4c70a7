import Foundation
import Testing
import Warrant
import WarrantJSON

/// An amount of money.
@Schema
struct Payment: Sendable, Equatable {
    /// The amount.
    var amount: Decimal
}

@Suite("Decimal: exact decimal strings")
struct DecimalValueTests {
    private func decode(_ json: String) throws -> (Decimal?, [ValidationIssue]) {
        let (value, issues) = try JSONTestSupport.decode(Payment.self, #"{"amount":\#(json)}"#)
        return (value?.amount, issues)
    }

    @Test("decimal strings decode exactly and encode as the same digits", arguments: [
        "0", "0.1", "0.2", "-12345678901234567890.123456789", "42", "-0.005",
        "99999999999999999999999999999999999999", "0.1234567890123456789012345678901234567",
        "12345678901234567890123456789012345678",
    ])
    func roundTrip(_ text: String) throws {
        let (value, issues) = try decode("\"\(text)\"")
        #expect(issues.isEmpty)
        let decoded = try #require(value)
        #expect(JSONTestSupport.encode(Payment(amount: decoded)) == #"{"amount":"\#(text)"}"#)
    }

    @Test("arithmetic stays decimal: 0.1 + 0.2 is 0.3")
    func sum() throws {
        let (a, _) = try decode(#""0.1""#)
        let (b, _) = try decode(#""0.2""#)
        let (c, _) = try decode(#""0.3""#)
        let total = try #require(a) + #require(b)
        #expect(total == c)
        #expect(DecimalText.string(total) == "0.3")
    }

    @Test("the value is kept, not the scale: trailing fraction zeros go, and -0 is 0")
    func trailingZeros() throws {
        #expect(DecimalText.string(try #require(try decode(#""100.00""#).0)) == "100")
        #expect(DecimalText.string(try #require(try decode(#""-0.0""#).0)) == "0")
        #expect(DecimalText.string(try #require(try decode(#""-0""#).0)) == "0")
    }

    @Test("malformed strings are a format issue naming the member", arguments: [
        "", "-", "+1", "1e5", "1E5", "01", "-01.5", ".5", "5.", "1.2.3", " 1", "1 ", "1,5", "NaN", "Infinity", "0x10", "١٢", "--1",
    ])
    func malformed(_ text: String) throws {
        let (value, issues) = try decode("\"\(text)\"")
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/amount"])
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("a JSON number is a type issue: money never passes through Double")
    func numbersRefused() throws {
        for json in ["0.1", "12", "null", "true"] {
            let (value, issues) = try decode(json)
            #expect(value == nil)
            #expect(issues.map(\.code) == [json == "null" ? "missing" : "type"], "\(json)")
        }
    }

    @Test("more than 38 digits is a too_many_digits issue, leading 0 included")
    func tooManyDigits() throws {
        for text in [String(repeating: "9", count: 39), "0." + String(repeating: "1", count: 38), "1." + String(repeating: "0", count: 38)] {
            let (value, issues) = try decode("\"\(text)\"")
            #expect(value == nil)
            #expect(issues.map(\.code) == ["too_many_digits"], "\(text)")
        }
    }

    @Test("the schema is a string of format decimal whose pattern accepts exactly what the decoder does")
    func schemaMatchesDecoder() throws {
        var components = SchemaComponents()
        let schema = try JSONTestSupport.object(Decimal.schema(in: &components))
        #expect(schema["type"] as? String == "string")
        #expect(schema["format"] as? String == "decimal")
        let pattern = try #require(schema["pattern"] as? String)
        let regex = try Regex(pattern)
        let samples = ["0", "0.1", "-0", "-12.50", "100", String(repeating: "9", count: 38), String(repeating: "9", count: 39),
                       "0." + String(repeating: "1", count: 37), "0." + String(repeating: "1", count: 38),
                       "12345678901234567890.123456789012345678", "12345678901234567890.1234567890123456789",
                       "", "-", "+1", "1e5", "01", ".5", "5.", "1.2.3", " 1", "00", "-0.0"]
        for sample in samples {
            let decoded = if case .success = DecimalText.parse(sample) { true } else { false }
            let matched = try regex.wholeMatch(in: sample) != nil
            #expect(matched == decoded, "\(sample)")
        }
    }

    @Test("as a parameter: the same grammar")
    func parameter() {
        #expect(Decimal(parameterText: "-1.25") == Decimal(sign: .minus, exponent: -2, significand: 125))
        #expect(Decimal(parameterText: "1e2") == nil)
        #expect(Decimal(parameterText: String(repeating: "1", count: 39)[...]) == nil)
    }

    @Test("exactValue reads another system's text: leading and trailing zeros allowed, only significant digits count")
    func exactValue() {
        #expect(DecimalText.exactValue("100.0000").map(DecimalText.string) == "100")
        #expect(DecimalText.exactValue("007.50").map(DecimalText.string) == "7.5")
        #expect(DecimalText.exactValue("-0.000").map(DecimalText.string) == "0")
        #expect(DecimalText.exactValue("1" + String(repeating: "0", count: 60)).map(DecimalText.string) == "1" + String(repeating: "0", count: 60))
        #expect(DecimalText.exactValue("0.000000000000000000000000000000000000000000000001").map(DecimalText.string)
            == "0.000000000000000000000000000000000000000000000001")
        #expect(DecimalText.exactValue(String(repeating: "1", count: 39)) == nil, "39 significant digits")
        #expect(DecimalText.exactValue("1" + String(repeating: "0", count: 200)) == nil, "exponent beyond Decimal's")
        #expect(DecimalText.exactValue("NaN") == nil)
        #expect(DecimalText.exactValue("1e5") == nil)
    }
}
