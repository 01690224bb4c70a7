import Testing
import WarrantJSON

/// Ill-formed UTF-8, inside and outside strings.
@Suite("Parser: UTF-8 validation")
struct ParserUTF8Tests {
    /// `"` + bytes + `"`; errors are reported at the start of the bad sequence.
    static func quoted(_ label: String, _ bytes: [UInt8], at offset: Int = 1) -> RejectionCase {
        RejectionCase(label: label, bytes: [0x22] + bytes + [0x22], .invalidUTF8, at: offset)
    }

    static let invalid: [RejectionCase] = [
        quoted("overlong NUL C0 80", [0xC0, 0x80]),
        quoted("overlong C1 BF", [0xC1, 0xBF]),
        quoted("overlong 3-byte E0 80 80", [0xE0, 0x80, 0x80]),
        quoted("overlong 3-byte E0 9F BF", [0xE0, 0x9F, 0xBF]),
        quoted("overlong 4-byte F0 80 80 80", [0xF0, 0x80, 0x80, 0x80]),
        quoted("overlong 4-byte F0 8F BF BF", [0xF0, 0x8F, 0xBF, 0xBF]),
        quoted("UTF-8 surrogate ED A0 80", [0xED, 0xA0, 0x80]),
        quoted("UTF-8 surrogate ED BF BF", [0xED, 0xBF, 0xBF]),
        quoted("above U+10FFFF F4 90 80 80", [0xF4, 0x90, 0x80, 0x80]),
        quoted("lead F5", [0xF5, 0x80, 0x80, 0x80]),
        quoted("lead F8", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        quoted("lead FE", [0xFE]),
        quoted("lead FF", [0xFF]),
        quoted("stray continuation 80", [0x80]),
        quoted("stray continuation BF", [0xBF]),
        quoted("truncated 2-byte C3", [0xC3]),
        quoted("truncated 3-byte E2 82", [0xE2, 0x82]),
        quoted("truncated 4-byte F0 9F 98", [0xF0, 0x9F, 0x98]),
        quoted("ASCII inside a sequence E2 41 AC", [0xE2, 0x41, 0xAC]),
        quoted("bad byte after valid text", [0x61, 0x62, 0xFF], at: 3),
        quoted("bad byte after an escape", [0x5C, 0x6E, 0xC0, 0xAF], at: 3),
        RejectionCase(label: "truncated at end of input", bytes: [0x22, 0xE2, 0x82], .invalidUTF8, at: 1),
        RejectionCase(label: "truncated after escape at end", bytes: [0x22, 0x5C, 0x6E, 0xF0, 0x9F], .invalidUTF8, at: 3),
        RejectionCase(label: "bad UTF-8 in a key", bytes: Array(#"{""#.utf8) + [0xC0, 0x80] + Array(#"":1}"#.utf8), .invalidUTF8, at: 2),
    ]

    static let outsideStrings: [RejectionCase] = [
        RejectionCase(label: "é outside a string", bytes: Array("é".utf8), .unexpectedCharacter, at: 0),
        RejectionCase(label: "byte-order mark", bytes: [0xEF, 0xBB, 0xBF, 0x31], .unexpectedCharacter, at: 0),
        RejectionCase(label: "raw FF in array", bytes: [0x5B, 0xFF, 0x5D], .unexpectedCharacter, at: 1),
    ]

    @Test("ill-formed sequences in strings are rejected at their first byte", arguments: invalid)
    func invalidSequences(_ rejection: RejectionCase) throws {
        let error = try #require(parseError(rejection.bytes), "\(rejection) was accepted")
        #expect(error.kind == rejection.kind, "\(error)")
        #expect(error.offset == rejection.offset, "\(error)")
    }

    @Test("non-ASCII bytes outside strings are unexpected characters", arguments: outsideStrings)
    func outside(_ rejection: RejectionCase) throws {
        let error = try #require(parseError(rejection.bytes))
        #expect(error.kind == rejection.kind)
        #expect(error.offset == rejection.offset)
        #expect(error.message.contains("byte 0x"), "\(error.message)")
    }

    @Test("boundary scalars are accepted")
    func boundaries() throws {
        let sequences: [[UInt8]] = [
            [0xC2, 0x80],              // U+0080
            [0xDF, 0xBF],              // U+07FF
            [0xE0, 0xA0, 0x80],        // U+0800
            [0xED, 0x9F, 0xBF],        // U+D7FF, just below the surrogates
            [0xEE, 0x80, 0x80],        // U+E000, just above them
            [0xEF, 0xBF, 0xBF],        // U+FFFF
            [0xF0, 0x90, 0x80, 0x80],  // U+10000
            [0xF4, 0x8F, 0xBF, 0xBF],  // U+10FFFF
        ]
        for sequence in sequences {
            let value = try JSONParser.parse([0x22] + sequence + [0x22])
            #expect(value.stringValue == String(decoding: sequence, as: UTF8.self))
        }
    }

    @Test("every non-ASCII lead byte followed by three 0x80 bytes is judged correctly")
    func everyLeadByte() {
        for lead in UInt8(0x80)...UInt8(0xFF) {
            let accepted = parseError([0x22, lead, 0x80, 0x80, 0x80, 0x22]) == nil
            // Only four-byte leads whose second byte may be 0x80 use up all
            // three continuation bytes: F1…F3, and F4 (U+100000). Shorter
            // sequences leave a stray 0x80; F0 needs 90…BF; the rest are
            // never leads.
            #expect(accepted == (0xF1...0xF4).contains(lead), "lead 0x\(String(lead, radix: 16))")
        }
    }
}
