import Testing
import WarrantJSON

@Suite("Writer: numbers")
struct WriterNumberTests {
    private func written(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        write(&writer)
        return writer.text
    }

    @Test("integers of every width, including their extremes")
    func integers() {
        #expect(written { $0.int(0) } == "0")
        #expect(written { $0.int(-1) } == "-1")
        #expect(written { $0.int(Int.max) } == String(Int.max))
        #expect(written { $0.int(Int.min) } == String(Int.min))
        #expect(written { $0.int(Int64.min) } == "-9223372036854775808")
        #expect(written { $0.int(Int64.max) } == "9223372036854775807")
        #expect(written { $0.int(Int32.min) } == "-2147483648")
        #expect(written { $0.int(Int16.min) } == "-32768")
        #expect(written { $0.int(Int8.min) } == "-128")
        #expect(written { $0.int(UInt.max) } == String(UInt.max))
        #expect(written { $0.int(UInt64.max) } == "18446744073709551615")
        #expect(written { $0.int(UInt32.max) } == "4294967295")
        #expect(written { $0.int(UInt16.max) } == "65535")
        #expect(written { $0.int(UInt8.max) } == "255")
    }

    @Test("every power of ten and its neighbours")
    func digitCounts() {
        var power: UInt64 = 1
        for _ in 0..<20 {
            for value in [power - 1, power, power + 1] {
                #expect(written { $0.int(value) } == String(value))
            }
            if power > UInt64.max / 10 { break }
            power *= 10
        }
    }

    @Test("integers in arrays get commas")
    func integerCommas() {
        #expect(written {
            $0.beginArray()
            $0.int(1)
            $0.int(Int64(-2))
            $0.int(UInt8(3))
            $0.endArray()
        } == "[1,-2,3]")
    }

    @Test("doubles use the shortest round-trip form")
    func doubles() {
        let cases: [(Double, String)] = [
            (0.1, "0.1"),
            (1e300, "1e300"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (Double.leastNonzeroMagnitude, "5e-324"),
            (Double.greatestFiniteMagnitude, "1.7976931348623157e308"),
            (3.0, "3.0"),
            (-42.0, "-42.0"),
            (1e16, "1e16"),
            (1e-5, "1e-5"),
            (2e-7, "2e-7"),
            (123.456, "123.456"),
            (0.1 + 0.2, "0.30000000000000004"),
        ]
        for (value, expected) in cases {
            #expect(written { $0.double(value) } == expected, "\(value)")
        }
    }

    @Test("non-finite doubles become null, with commas intact")
    func nonFinite() {
        #expect(written { $0.double(.nan) } == "null")
        #expect(written { $0.double(.infinity) } == "null")
        #expect(written {
            $0.beginArray()
            $0.double(-.infinity)
            $0.double(.signalingNaN)
            $0.double(1.5)
            $0.endArray()
        } == "[null,null,1.5]")
    }

    @Test("written doubles parse back to the same bits")
    func doubleRoundTrip() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = written { $0.double(value) }
            let parsed = try #require(try JSONParser.parse(text).numberValue?.double)
            #expect(parsed.bitPattern == value.bitPattern, "\(text)")
        }
    }

    @Test("numbers are written by lexeme")
    func lexemes() throws {
        let number = try #require(JSONNumber(lexeme: "-0.000e-0"))
        #expect(written { $0.number(number) } == "-0.000e-0")
    }
}
