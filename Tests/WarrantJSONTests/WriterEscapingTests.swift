import Testing
import WarrantJSON

@Suite("Writer: string escaping")
struct WriterEscapingTests {
    private func written(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return writer.text
    }

    @Test("every control character is escaped, with short forms where JSON has them")
    func controlCharacters() throws {
        let shortForms: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        for byte in UInt8(0x00)...UInt8(0x1F) {
            let text = String(decoding: [byte], as: UTF8.self)
            let hex = String(byte, radix: 16)
            let expected = shortForms[byte] ?? "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            #expect(written(text) == "\"\(expected)\"", "byte 0x\(hex)")
            #expect(try JSONParser.parse(written(text)).stringValue == text)
        }
    }

    @Test("quote and backslash are escaped; slash and DEL are not")
    func quoteAndBackslash() {
        #expect(written("\"") == #""\"""#)
        #expect(written("\\") == #""\\""#)
        #expect(written(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
        #expect(written("a/b</script>") == #""a/b</script>""#)
        #expect(written("\u{7F}") == "\"\u{7F}\"")
    }

    @Test("U+2028 and U+2029 are escaped; other E2 sequences are not")
    func lineSeparators() {
        #expect(written("a\u{2028}b\u{2029}c") == #""a\u2028b\u2029c""#)
        #expect(written("€…\u{2027}\u{202A}") == "\"€…\u{2027}\u{202A}\"")
        #expect(written("\u{2028}") == #""\u2028""#)
    }

    @Test("non-ASCII text and emoji are kept as UTF-8")
    func nonASCII() {
        for text in ["é", "日本語", "😀", "👍🏽", "🇫🇷", "e\u{301}", "\u{10FFFF}", "Ωmega ∑ 𝄞"] {
            #expect(written(text) == "\"\(text)\"")
        }
    }

    @Test("escapes at every position of long strings are found")
    func escapePositions() throws {
        for length in 0...40 {
            for position in 0...length {
                var characters = Array(repeating: Character("a"), count: length)
                characters.insert("\"", at: position)
                let text = String(characters)
                let output = written(text)
                #expect(try JSONParser.parse(output).stringValue == text, "\(length)/\(position)")
                #expect(output.utf8.count == text.utf8.count + 3)
            }
        }
    }

    @Test("keys are escaped like strings")
    func keys() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("we\"ird\n")
        writer.int(1)
        writer.key("\u{2028}")
        writer.int(2)
        writer.endObject()
        #expect(writer.text == #"{"we\"ird\n":1,"\u2028":2}"#)
    }

    @Test("substrings are written from their own bytes")
    func substrings() {
        let whole = "prefix-va\"lue-suffix"
        let start = whole.index(whole.startIndex, offsetBy: 7)
        let end = whole.index(start, offsetBy: 6)
        var writer = JSONWriter()
        writer.beginArray()
        writer.string(whole[start..<end])
        writer.string(Substring("plain"))
        writer.endArray()
        #expect(writer.text == #"["va\"lue","plain"]"#)
    }

    @Test("a mixed string round-trips through the parser")
    func mixedRoundTrip() throws {
        let text = "tab\tquote\"slash\\nul\u{0}bell\u{7}ls\u{2028}ps\u{2029}é😀\u{1F}"
        #expect(try JSONParser.parse(written(text)).stringValue == text)
    }
}
