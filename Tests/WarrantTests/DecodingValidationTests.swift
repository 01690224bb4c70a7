import Foundation
import Testing
import Warrant

@Suite("Decoding reports every violation with a JSON Pointer")
struct DecodingValidationTests {
    private let valid = """
        {"name":"Ada","count":3,"small":1,"big":9007199254740993,"ratio":0.5,"weight":1.5,
         "at":"2026-01-31T09:30:00.123456+02:00","uuid":"123e4567-e89b-12d3-a456-426614174000",
         "tags":["a"],"scores":{"x":1},"address":{"street":"1 Main St","zip":"12345"},
         "history":[],"priority":"high","level":2,"unknown":"ignored"}
        """

    @Test("a valid document decodes every field, defaults and optionals included")
    func validDocument() throws {
        let (value, issues) = try JSONTestSupport.decode(Everything.self, valid)
        #expect(issues.isEmpty)
        let decoded = try #require(value)
        #expect(decoded.name == "Ada")
        #expect(decoded.nickname == nil)
        #expect(decoded.active == true)
        #expect(decoded.big == 9_007_199_254_740_993)
        #expect(decoded.priority == .high)
        #expect(decoded.level == .two)
        #expect(decoded.address == Address(street: "1 Main St", zip: "12345"))
        #expect(decoded.scores == ["x": 1])
        let expectedDate = Date(timeIntervalSince1970: 1_769_844_600.123456)
        #expect(abs(decoded.at.timeIntervalSince1970 - expectedDate.timeIntervalSince1970) < 0.000001)
    }

    @Test("missing and null required members are each reported")
    func missing() throws {
        let (value, issues) = try JSONTestSupport.decode(Address.self, #"{"street":null}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/street", "/zip"])
        #expect(issues.allSatisfy { $0.code == "missing" })
    }

    @Test("wrong JSON types are strict: a string is not a bool, a number is not a string")
    func wrongTypes() throws {
        let (_, issues) = try JSONTestSupport.decode(Everything.self, valid
            .replacingOccurrences(of: #""name":"Ada""#, with: #""name":5"#)
            .replacingOccurrences(of: #""count":3"#, with: #""count":"3""#)
            .replacingOccurrences(of: #""small":1"#, with: #""small":1.5"#))
        #expect(issues.map(\.pointer) == ["/name", "/count", "/small"])
        #expect(issues.allSatisfy { $0.code == "type" })
        #expect(issues[0].detail == "must be a string, not a number")
    }

    @Test("constraint violations are found in nested objects and array elements")
    func nestedConstraints() throws {
        let json = valid
            .replacingOccurrences(of: #""name":"Ada""#, with: #""name":"""#)
            .replacingOccurrences(of: #""count":3"#, with: #""count":11"#)
            .replacingOccurrences(of: #""ratio":0.5"#, with: #""ratio":1.5"#)
            .replacingOccurrences(of: #""tags":["a"]"#, with: #""tags":[]"#)
            .replacingOccurrences(of: #""history":[]"#, with: #""history":[{"street":"ok","zip":"12345"},{"street":"ok","zip":"1234x"}]"#)
        let (value, issues) = try JSONTestSupport.decode(Everything.self, json)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/name", "/count", "/ratio", "/tags", "/history/1/zip"])
        #expect(issues.map(\.code) == ["too_short", "out_of_range", "out_of_range", "too_few_items", "pattern"])
    }

    @Test("length counts Unicode code points, not bytes")
    func unicodeLength() throws {
        let emoji = String(repeating: "é", count: 100)
        let (value, issues) = try JSONTestSupport.decode(Address.self, #"{"street":"\#(emoji)","zip":"12345"}"#)
        #expect(issues.isEmpty)
        #expect(value?.street.unicodeScalars.count == 100)
        let (_, tooLong) = try JSONTestSupport.decode(Address.self, #"{"street":"\#(emoji)é","zip":"12345"}"#)
        #expect(tooLong.map(\.code) == ["too_long"])
    }

    @Test("formats: dates, UUIDs and enum values are checked")
    func formats() throws {
        let json = valid
            .replacingOccurrences(of: #""at":"2026-01-31T09:30:00.123456+02:00""#, with: #""at":"2026-02-30T00:00:00Z""#)
            .replacingOccurrences(of: #""uuid":"123e4567-e89b-12d3-a456-426614174000""#, with: #""uuid":"nope""#)
            .replacingOccurrences(of: #""priority":"high""#, with: #""priority":"urgent""#)
            .replacingOccurrences(of: #""level":2"#, with: #""level":3"#)
        let (_, issues) = try JSONTestSupport.decode(Everything.self, json)
        #expect(issues.map(\.pointer) == ["/at", "/uuid", "/priority", "/level"])
        #expect(issues.map(\.code) == ["format", "format", "enum", "enum"])
        #expect(issues[2].detail == "must be one of low, high")
    }

    @Test("integers out of range and non-finite numbers are range issues, not crashes")
    func hugeNumbers() throws {
        let json = valid
            .replacingOccurrences(of: #""small":1"#, with: #""small":2147483648"#)
            .replacingOccurrences(of: #""big":9007199254740993"#, with: #""big":99999999999999999999999"#)
            .replacingOccurrences(of: #""ratio":0.5"#, with: #""ratio":1e400"#)
        let (_, issues) = try JSONTestSupport.decode(Everything.self, json)
        #expect(issues.map(\.pointer) == ["/small", "/big", "/ratio"])
        #expect(issues.allSatisfy { $0.code == "out_of_range" })
    }

    @Test("a document that is not an object is one type issue at the root")
    func notAnObject() throws {
        let (value, issues) = try JSONTestSupport.decode(Address.self, "[1,2]")
        #expect(value == nil)
        #expect(issues.map(\.pointer) == [""])
        #expect(issues.first?.detail == "must be an object, not an array")
    }

    @Test("dictionary values are checked under their keys, with ~ and / escaped in pointers")
    func dictionaryPointers() throws {
        let (_, issues) = try JSONTestSupport.decode([String: Int].self, #"{"a/b":1,"c~d":"x"}"#)
        #expect(issues.map(\.pointer) == ["/c~0d"])
        let (_, slash) = try JSONTestSupport.decode([String: Int].self, #"{"a/b":"x"}"#)
        #expect(slash.map(\.pointer) == ["/a~1b"])
    }

    @Test("a generic wrapper decodes its items")
    func genericDecoding() throws {
        let (page, issues) = try JSONTestSupport.decode(Page<Address>.self, #"{"items":[{"street":"x","zip":"99999"}],"total":1}"#)
        #expect(issues.isEmpty)
        #expect(page?.items.first?.zip == "99999")
    }
}
