import NIOCore
import Testing
import WarrantJSON

@Suite("Writer: structure and commas")
struct WriterStructureTests {
    @Test("a typical response object")
    func todo() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("title")
        writer.string("Buy milk")
        writer.key("done")
        writer.bool(false)
        writer.endObject()
        #expect(writer.text == #"{"title":"Buy milk","done":false}"#)
        #expect(writer.depth == 0)
        #expect(writer.bytes == Array(#"{"title":"Buy milk","done":false}"#.utf8))
    }

    @Test("a verbatim key writes what an escaped key writes, commas included")
    func verbatimKey() {
        var verbatim = JSONWriter()
        var escaped = JSONWriter()
        verbatim.beginObject(); escaped.beginObject()
        verbatim.key(verbatim: "duration_ms"); escaped.key("duration_ms")
        verbatim.int(3); escaped.int(3)
        verbatim.key(verbatim: "request-id"); escaped.key("request-id")
        verbatim.beginObject(); escaped.beginObject()
        verbatim.key(verbatim: "a"); escaped.key("a")
        verbatim.null(); escaped.null()
        verbatim.endObject(); escaped.endObject()
        verbatim.endObject(); escaped.endObject()
        #expect(verbatim.text == #"{"duration_ms":3,"request-id":{"a":null}}"#)
        #expect(verbatim.text == escaped.text)
    }

    @Test("commas are placed between siblings at every level, never after openers or keys")
    func nestedCommas() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.beginArray()
        writer.endArray()
        writer.beginObject()
        writer.endObject()
        writer.beginArray()
        writer.int(1)
        writer.beginArray()
        writer.int(2)
        writer.beginObject()
        writer.endObject()
        writer.endArray()
        writer.endArray()
        writer.beginObject()
        writer.key("a")
        writer.beginArray()
        writer.endArray()
        writer.key("b")
        writer.beginObject()
        writer.key("c")
        writer.null()
        writer.endObject()
        writer.endObject()
        writer.endArray()
        #expect(writer.text == #"[[],{},[1,[2,{}]],{"a":[],"b":{"c":null}}]"#)
        #expect(writer.depth == 0)
    }

    @Test("depth tracks open containers")
    func depth() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a")
        writer.beginArray()
        #expect(writer.depth == 2)
        writer.endArray()
        #expect(writer.depth == 1)
        writer.endObject()
        #expect(writer.depth == 0)
    }

    @Test("literals and raw fragments get commas too")
    func literalsAndRaw() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.bool(true)
        writer.bool(false)
        writer.null()
        writer.raw(#"{"pre":"encoded"}"#)
        writer.raw(ByteBuffer(string: "[1,2]"))
        writer.string("end")
        writer.endArray()
        #expect(writer.text == #"[true,false,null,{"pre":"encoded"},[1,2],"end"]"#)
    }

    @Test("the writer appends after what the buffer already holds")
    func appendsToExistingBuffer() {
        var buffer = ByteBuffer(string: "data: ")
        buffer.moveReaderIndex(forwardBy: 0)
        var writer = JSONWriter(buffer: buffer)
        writer.beginArray()
        writer.int(1)
        writer.endArray()
        #expect(writer.text == "data: [1]")
    }

    @Test("a custom allocator and capacity are honoured, and the buffer grows as needed")
    func growth() {
        var writer = JSONWriter(allocator: ByteBufferAllocator(), initialCapacity: 1)
        writer.beginArray()
        for index in 0..<1_000 {
            writer.string("item \(index)")
        }
        writer.endArray()
        #expect(writer.text.hasPrefix(#"["item 0","item 1","#))
        #expect(writer.text.hasSuffix(#""item 999"]"#))
        #expect(JSONValue.array((0..<1_000).map { .string("item \($0)") }) == (try? JSONParser.parse(writer.buffer)))
    }

    @Test("a whole JSONValue is written, numbers by lexeme")
    func writeValue() throws {
        let value: JSONValue = .object([
            "n": .number(try #require(JSONNumber(lexeme: "1.50e+3"))),
            "list": .array([.null, .bool(true), .string("x"), .object([:]), .array([])]),
            "nested": .object(["k": .string("v")]),
        ])
        var writer = JSONWriter()
        writer.beginArray()
        writer.value(value)
        writer.value(.null)
        writer.endArray()
        #expect(writer.text == #"[{"n":1.50e+3,"list":[null,true,"x",{},[]],"nested":{"k":"v"}},null]"#)
        #expect(String(buffer: JSONWriter.serialize(value)) == #"{"n":1.50e+3,"list":[null,true,"x",{},[]],"nested":{"k":"v"}}"#)
        #expect(value.description == String(buffer: JSONWriter.serialize(value)))
    }

    @Test("dates are written as RFC 3339 strings")
    func dates() throws {
        let date = try #require(RFC3339.parse("2026-11-24T21:42:07.123456Z"))
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("created_at")
        writer.date(date)
        writer.key("updated_at")
        writer.date(date, fractionalSeconds: true)
        writer.endObject()
        #expect(writer.text == #"{"created_at":"2026-11-24T21:42:07Z","updated_at":"2026-11-24T21:42:07.123456Z"}"#)
    }
}
