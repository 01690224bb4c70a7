import Testing
import WarrantJSON

@Suite("JSONNumber")
struct JSONNumberTests {
    private func number(_ text: String) throws -> JSONNumber {
        try #require(try JSONParser.parse(text).numberValue)
    }

    @Test("Int64 bounds are exact; one past them is not an Int64")
    func int64Bounds() throws {
        #expect(try number("9223372036854775807").int64 == Int64.max)
        #expect(try number("-9223372036854775808").int64 == Int64.min)
        let over = try number("9223372036854775808")
        #expect(over.int64 == nil)
        #expect(over.isInteger)
        #expect(over.double == 9_223_372_036_854_775_808.0)
        #expect(try number("-9223372036854775809").int64 == nil)
    }

    @Test("huge integers are integers out of range, with a finite double")
    func hugeInteger() throws {
        let huge = try number("99999999999999999999")
        #expect(huge.isInteger)
        #expect(huge.int64 == nil)
        #expect(huge.int == nil)
        #expect(huge.double == 1e20)
        #expect(huge.lexeme == "99999999999999999999")
    }

    @Test("exponents overflowing Double give nil; underflow gives zero")
    func exponentRange() throws {
        let overflow = try number("1e400")
        #expect(overflow.isInteger == false)
        #expect(overflow.int64 == nil)
        #expect(overflow.double == nil)
        #expect(try number("-1e400").double == nil)
        #expect(try number("1e-400").double == 0)
        #expect(try number("1.7976931348623157e308").double == Double.greatestFiniteMagnitude)
        #expect(try number("4.9e-324").double == Double.leastNonzeroMagnitude)
    }

    @Test("negative zero is an integer zero and a negative double zero")
    func negativeZero() throws {
        let zero = try number("-0")
        #expect(zero.isInteger)
        #expect(zero.int64 == 0)
        let double = try #require(zero.double)
        #expect(double == 0 && double.sign == .minus)
        #expect(try number("-0.0").int64 == nil)
    }

    @Test("fractions and exponents are never Int64, even when integral")
    func notIntegers() throws {
        for text in ["1.0", "1e2", "1E2", "1e+2", "10e-1", "0.5", "-2.50"] {
            let value = try number(text)
            #expect(value.int64 == nil, "\(text)")
            #expect(value.isInteger == false, "\(text)")
        }
        #expect(try number("1.0").double == 1)
        #expect(try number("1e2").double == 100)
        #expect(try number("-12.5E+3").double == -12_500)
        #expect(try number("0.1").double == 0.1)
    }

    @Test("the lexeme is kept exactly")
    func lexeme() throws {
        for text in ["0", "-0", "1.50", "1E+02", "-0.000e-0", "123456789012345678901234567890"] {
            #expect(try number(text).lexeme == text)
            #expect(try number(text).description == text)
        }
    }

    @Test("init(lexeme:) accepts exactly the RFC 8259 grammar")
    func lexemeValidation() {
        for valid in ["0", "-0", "1", "-1.5e10", "0.0", "1E-7", "9223372036854775808"] {
            #expect(JSONNumber(lexeme: valid)?.lexeme == valid, "\(valid)")
        }
        for invalid in ["", "-", "01", "+1", " 1", "1 ", "1.", ".1", "1e", "NaN", "Infinity", "0x1", "1,0", "--1", "1e1.5"] {
            #expect(JSONNumber(lexeme: invalid) == nil, "\(invalid.debugDescription)")
        }
        #expect(JSONNumber(lexeme: "12")?.isInteger == true)
        #expect(JSONNumber(lexeme: "1.2")?.isInteger == false)
    }

    @Test("numbers made from Swift values")
    func fromSwiftValues() {
        #expect(JSONNumber(Int64.min).lexeme == "-9223372036854775808")
        #expect(JSONNumber(Int64.min).int64 == Int64.min)
        #expect(JSONNumber(42).int == 42)
        #expect(JSONNumber(0.1)?.lexeme == "0.1")
        #expect(JSONNumber(1e300)?.lexeme == "1e300")
        #expect(JSONNumber(3.0)?.lexeme == "3.0")
        #expect(JSONNumber(3.0)?.double == 3)
        #expect(JSONNumber(Double.nan) == nil)
        #expect(JSONNumber(Double.infinity) == nil)
        #expect(JSONNumber(-Double.infinity) == nil)
    }

    @Test("equality is lexical")
    func lexicalEquality() {
        #expect(JSONNumber(lexeme: "1") == JSONNumber(lexeme: "1"))
        #expect(JSONNumber(lexeme: "1.0") != JSONNumber(lexeme: "1"))
        #expect(JSONNumber(lexeme: "1e2") != JSONNumber(lexeme: "100"))
    }
}
