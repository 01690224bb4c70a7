import NIOCore
import Testing
import WarrantJSON

@Suite("Parser: input forms")
struct ParserInputFormTests {
    static let text = #"{"title":"Buy milk","done":false}"#
    static let expected: JSONValue = .object(["title": .string("Buy milk"), "done": .bool(false)])

    @Test("every entry point gives the same value")
    func entryPoints() throws {
        let bytes = Array(Self.text.utf8)
        #expect(try JSONParser.parse(bytes) == Self.expected)
        #expect(try JSONParser.parse(Self.text) == Self.expected)
        #expect(try JSONParser.parse(Substring(Self.text)) == Self.expected)
        #expect(try JSONParser.parse(Self.text.utf8) == Self.expected)
        #expect(try JSONParser.parse(ByteBuffer(string: Self.text)) == Self.expected)
        #expect(try JSONParser.parse(ByteBuffer(string: Self.text).readableBytesView) == Self.expected)
        let viaRaw = try bytes.withUnsafeBytes { raw throws(JSONSyntaxError) in try JSONParser.parse(raw) }
        #expect(viaRaw == Self.expected)
        let viaTyped = try bytes.withUnsafeBufferPointer { typed throws(JSONSyntaxError) in try JSONParser.parse(typed) }
        #expect(viaTyped == Self.expected)
    }

    @Test("non-contiguous collections are copied once and parsed")
    func nonContiguous() throws {
        let lazyBytes = Array(Self.text.utf8).lazy.map { $0 }
        #expect(try JSONParser.parse(lazyBytes) == Self.expected)
    }

    @Test("slices and substrings parse only their own bytes, with offsets relative to them")
    func slices() throws {
        let padded = Array("xx[1,]yy".utf8)
        let slice = padded[2..<6]
        let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse(slice) }
        #expect(error.offset == 3)
        let whole = "garbage[true]"
        let substring = whole[whole.index(whole.startIndex, offsetBy: 7)...]
        #expect(try JSONParser.parse(substring) == .array([.bool(true)]))
    }

    @Test("a ByteBuffer is parsed from its reader index and not consumed")
    func byteBufferReaderIndex() throws {
        var buffer = ByteBuffer(string: "HEADER[1,2]")
        buffer.moveReaderIndex(forwardBy: 6)
        #expect(try JSONParser.parse(buffer) == .array([.number(JSONNumber(1)), .number(JSONNumber(2))]))
        #expect(buffer.readableBytes == 5)
        var broken = ByteBuffer(string: "HEADER[1,]")
        broken.moveReaderIndex(forwardBy: 6)
        let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse(broken) }
        #expect(error.offset == 3)
    }

    @Test("empty inputs of every form are an unexpected end")
    func emptyInputs() {
        #expect(parseError([UInt8]())?.kind == .unexpectedEndOfInput)
        #expect(throws: JSONSyntaxError(kind: .unexpectedEndOfInput, offset: 0, message: "unexpected end of input, expected a value")) {
            try JSONParser.parse(ByteBuffer())
        }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("") }
    }
}
