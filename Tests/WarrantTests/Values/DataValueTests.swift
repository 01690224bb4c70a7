import Foundation
import Testing
import Warrant
import WarrantJSON

/// A file.
@Schema
struct Upload: Sendable, Equatable {
    /// Its bytes.
    var content: Data
}

@Suite("Data: strict base64")
struct DataValueTests {
    @Test("standard padded base64 decodes to the bytes and encodes back the same", arguments: [
        ("", [UInt8]()), ("AA==", [0]), ("AAE=", [0, 1]), ("AAEC", [0, 1, 2]), ("/+8=", [0xFF, 0xEF]),
        ("SGVsbG8sIHdvcmxkIQ==", Array("Hello, world!".utf8)),
    ])
    func roundTrip(_ text: String, _ bytes: [UInt8]) throws {
        let (value, issues) = try JSONTestSupport.decode(Upload.self, #"{"content":"\#(text)"}"#)
        #expect(issues.isEmpty)
        #expect(value?.content == Data(bytes))
        #expect(JSONTestSupport.encode(Upload(content: Data(bytes))) == #"{"content":"\#(text)"}"#)
    }

    @Test("every byte value survives")
    func allBytes() throws {
        let bytes = Data((0...255).map(UInt8.init))
        #expect(try StrictBase64.decode(bytes.base64EncodedString()).get() == bytes)
    }

    @Test("wrong alphabet, padding, length or unused bits are a format issue naming the member", arguments: [
        "A", "AA", "AAA", "AA=", "A===", "====", "AA==AA==", "A=AA", "-_8=", "AA\\nAA==", "AA AA===", "SGVsbG8", "AB==", "AAF=", "é===",
    ])
    func malformed(_ text: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Upload.self, #"{"content":"\#(text)"}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/content"])
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("a non-string is a type issue")
    func notAString() throws {
        let (_, issues) = try JSONTestSupport.decode(Upload.self, #"{"content":[1,2]}"#)
        #expect(issues.map(\.code) == ["type"])
    }

    @Test("1 MiB is the limit, checked on the text and on the bytes")
    func size() throws {
        let largest = Data(count: StrictBase64.maximumDecodedBytes)
        #expect(try StrictBase64.decode(largest.base64EncodedString()).get().count == largest.count)
        #expect(StrictBase64.decode(Data(count: StrictBase64.maximumDecodedBytes + 1).base64EncodedString()) == .failure(.tooLarge))
        #expect(StrictBase64.decode(String(repeating: "A", count: StrictBase64.maximumLength)) == .failure(.tooLarge))
        var issues = ValidationIssues()
        #expect(Data.decode(json: .string(String(repeating: "AAAA", count: StrictBase64.maximumLength / 4 + 1)), issues: &issues) == nil)
        #expect(issues.all.map(\.code) == ["too_large"])
    }

    @Test("the schema: a string with contentEncoding base64 and the size's maxLength, no format")
    func schema() throws {
        var components = SchemaComponents()
        let schema = try JSONTestSupport.object(Data.schema(in: &components))
        #expect(schema["type"] as? String == "string")
        #expect(schema["contentEncoding"] as? String == "base64")
        #expect(schema["maxLength"] as? Int == 1_398_104)
        #expect(schema["format"] == nil)
    }
}
