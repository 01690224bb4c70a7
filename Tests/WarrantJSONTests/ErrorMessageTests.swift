import Testing
import WarrantJSON

@Suite("Error messages")
struct ErrorMessageTests {
    @Test("messages describe one character, not the input")
    func unexpectedCharacter() throws {
        let error = try #require(parseError("[1 x]"))
        #expect(error.message == "unexpected character 'x', expected ',' or ']'")
        #expect(error.description == "unexpected character 'x', expected ',' or ']' at byte 3")
        #expect(parseError("é")?.message == "unexpected byte 0xC3, expected a value")
        #expect(parseError("\u{1}")?.message == "unexpected byte 0x01, expected a value")
        #expect(parseError("[1]x")?.message == "unexpected 'x' after the top-level value")
        #expect(parseError(#""\q""#)?.message == #"invalid escape '\q'"#)
        #expect(parseError(#""\uD800""#)?.message == #"unpaired surrogate \uD800"#)
        #expect(parseError("\"a\tb\"")?.message == "unescaped control character byte 0x09 in string")
        #expect(parseError("01")?.message == "leading zeros are not allowed")
    }

    @Test("a huge duplicate key is truncated in the message")
    func longKeyTruncated() throws {
        let key = String(repeating: "k", count: 10_000)
        let error = try #require(parseError("{\"\(key)\":1,\"\(key)\":2}"))
        #expect(error.kind == .duplicateKey)
        #expect(error.message.count < 80)
        #expect(error.message.hasSuffix("…\""))
    }

    @Test("control characters and quotes in a key are escaped in the message")
    func keyEscaped() throws {
        let error = try #require(parseError(#"{"a\n\"\u2028b":1,"a\n\"\u2028b":2}"#))
        #expect(error.message == #"duplicate key "a\u{a}\"\u{2028}b""#)
        #expect(!error.message.contains("\n"))
    }

    @Test("limit messages name the limit")
    func limitMessages() {
        #expect(parseError("[1,2]", limits: JSONLimits(maxArrayLength: 1))?.message == "array longer than 1 elements")
        #expect(parseError(#"{"a":1}"#, limits: JSONLimits(maxKeysPerObject: 0))?.message == "object with more than 0 keys")
        #expect(parseError(#""abc""#, limits: JSONLimits(maxStringLength: 2))?.message == "string longer than 2 bytes")
        #expect(parseError("123", limits: JSONLimits(maxNumberLength: 2))?.message == "number longer than 2 characters")
    }
}
