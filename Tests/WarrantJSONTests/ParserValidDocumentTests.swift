import Testing
import WarrantJSON

@Suite("Parser: valid documents")
struct ParserValidDocumentTests {
    @Test("top-level scalars")
    func scalars() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("\"hi\"") == .string("hi"))
        #expect(try JSONParser.parse("\"\"") == .string(""))
        #expect(try JSONParser.parse("42").numberValue?.int64 == 42)
        #expect(try JSONParser.parse("-0").numberValue?.lexeme == "-0")
    }

    @Test("surrounding whitespace of all four kinds is ignored")
    func whitespace() throws {
        let value = try JSONParser.parse(" \t\r\n[ 1 ,\t2 ,\r\n3 ] \n")
        #expect(value.arrayValue?.compactMap { $0.numberValue?.int64 } == [1, 2, 3])
        let object = try JSONParser.parse("{ \"a\" : 1 , \"b\" :\n[ ] }")
        #expect(object["a"]?.numberValue?.int64 == 1)
        #expect(object["b"] == .array([]))
    }

    @Test("a typical request body")
    func todo() throws {
        let value = try JSONParser.parse(#"{"title":"Buy milk","done":false}"#)
        #expect(value.kind == .object)
        #expect(value["title"]?.stringValue == "Buy milk")
        #expect(value["done"]?.boolValue == false)
        #expect(value.objectValue?.keys == ["title", "done"])
    }

    @Test("nested arrays and objects keep order")
    func nested() throws {
        let value = try JSONParser.parse(#"{"items":[{"id":1,"tags":["a","b"]},{"id":2,"tags":[]}],"next":null,"meta":{}}"#)
        let items = try #require(value["items"]?.arrayValue)
        #expect(items.count == 2)
        #expect(items[0]["id"]?.numberValue?.int64 == 1)
        #expect(items[0]["tags"] == .array([.string("a"), .string("b")]))
        #expect(items[1]["tags"] == .array([]))
        #expect(value["next"] == .null)
        #expect(value["meta"] == .object([:]))
        #expect(value.objectValue?.keys == ["items", "next", "meta"])
    }

    @Test("empty containers at every position")
    func emptyContainers() throws {
        let value = try JSONParser.parse(#"[[],{},[[]],{"a":{}},[{}]]"#)
        #expect(value == .array([
            .array([]), .object([:]), .array([.array([])]),
            .object(["a": .object([:])]), .array([.object([:])]),
        ]))
    }

    @Test("string escapes decode")
    func escapes() throws {
        let value = try JSONParser.parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\uD83D\uDE00\u0000""#)
        #expect(value.stringValue == "\"\\/\u{08}\u{0C}\n\r\tAé€😀\u{0}")
    }

    @Test("escapes mixed with plain runs and multi-byte text")
    func mixedEscapes() throws {
        let value = try JSONParser.parse(#""añb\nc€d\"e😀f\u00e9""#)
        #expect(value.stringValue == "añb\nc€d\"e😀fé")
    }

    @Test("raw UTF-8 of every length is accepted")
    func multiByte() throws {
        let text = "é€😀日本語 U+10FFFF:\u{10FFFF} U+E000:\u{E000} U+FFFD:\u{FFFD}"
        #expect(try JSONParser.parse("\"\(text)\"").stringValue == text)
    }

    @Test("long strings cross the word-at-a-time scan boundaries")
    func longStrings() throws {
        for length in 0...40 {
            let plain = String(repeating: "x", count: length)
            #expect(try JSONParser.parse("\"\(plain)\"").stringValue == plain)
            let withEscape = plain + "\\n" + plain
            #expect(try JSONParser.parse("\"\(withEscape)\"").stringValue == plain + "\n" + plain)
            let withUnicode = plain + "é" + plain
            #expect(try JSONParser.parse("\"\(withUnicode)\"").stringValue == withUnicode)
        }
    }

    @Test("arrays larger than the scratch space's first capacity")
    func largeArray() throws {
        let numbers = (0..<1_000).map(String.init).joined(separator: ",")
        let value = try JSONParser.parse("[\(numbers)]")
        #expect(value.arrayValue?.map { $0.numberValue?.int64 } == (0..<1_000).map { Int64($0) })
        let nested = "[" + (0..<100).map { "[\($0),{\"k\":\"\($0)\"}]" }.joined(separator: ",") + "]"
        let nestedValue = try JSONParser.parse(nested)
        #expect(nestedValue[99]?[1]?["k"]?.stringValue == "99")
    }

    @Test("objects larger than the linear duplicate scan")
    func largeObject() throws {
        let members = (0..<200).map { "\"key\($0)\":\($0)" }.joined(separator: ",")
        let value = try JSONParser.parse("{\(members)}")
        let object = try #require(value.objectValue)
        #expect(object.count == 200)
        #expect(object["key150"]?.numberValue?.int64 == 150)
        #expect(object.keys.first == "key0")
        #expect(object.keys.last == "key199")
    }

    @Test("same keys in sibling and nested objects are not duplicates")
    func keysPerObject() throws {
        let value = try JSONParser.parse(#"{"a":{"a":1,"b":{"a":2}},"b":[{"a":3},{"a":4}]}"#)
        #expect(value["a"]?["b"]?["a"]?.numberValue?.int64 == 2)
        #expect(value["b"]?[1]?["a"]?.numberValue?.int64 == 4)
    }

    @Test("large objects nested in and next to each other track keys separately")
    func largeObjectsSideBySide() throws {
        let big = "{" + (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        let value = try JSONParser.parse("[\(big),\(big),{\"inner\":\(big),\"k0\":true}]")
        #expect(value[1]?["k19"]?.numberValue?.int64 == 19)
        #expect(value[2]?["k0"] == .bool(true))
        #expect(value[2]?["inner"]?["k0"]?.numberValue?.int64 == 0)
    }

    @Test("nesting exactly at the depth limit is accepted")
    func depthAtLimit() throws {
        let depth = JSONLimits.default.maxDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONParser.parse(arrays).kind == .array)
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(try JSONParser.parse(objects).kind == .object)
    }
}
