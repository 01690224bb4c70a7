import Testing
import WarrantJSON

/// Malformed documents, each with the error kind and byte offset it must
/// produce. Written for this suite in the spirit of JSONTestSuite's `n_` cases.
@Suite("Parser: malformed documents")
struct ParserRejectionTests {
    static let structure: [RejectionCase] = [
        RejectionCase("", .unexpectedEndOfInput, at: 0),
        RejectionCase("   ", .unexpectedEndOfInput, at: 3),
        RejectionCase("[1,]", .unexpectedCharacter, at: 3),
        RejectionCase("[1, ]", .unexpectedCharacter, at: 4),
        RejectionCase(#"{"a":1,}"#, .unexpectedCharacter, at: 7),
        RejectionCase("[,1]", .unexpectedCharacter, at: 1),
        RejectionCase("[1,,2]", .unexpectedCharacter, at: 3),
        RejectionCase("[1 2]", .unexpectedCharacter, at: 3),
        RejectionCase(#"{"a" 1}"#, .unexpectedCharacter, at: 5),
        RejectionCase(#"{"a":1 "b":2}"#, .unexpectedCharacter, at: 7),
        RejectionCase("{a:1}", .unexpectedCharacter, at: 1),
        RejectionCase("{'a':1}", .unexpectedCharacter, at: 1),
        RejectionCase("['a']", .unexpectedCharacter, at: 1),
        RejectionCase("{1:1}", .unexpectedCharacter, at: 1),
        RejectionCase(#"{"a":}"#, .unexpectedCharacter, at: 5),
        RejectionCase(#"{,"a":1}"#, .unexpectedCharacter, at: 1),
        RejectionCase("[}", .unexpectedCharacter, at: 1),
        RejectionCase(#"{"a":1]"#, .unexpectedCharacter, at: 6),
        RejectionCase("]", .unexpectedCharacter, at: 0),
        RejectionCase("[", .unexpectedEndOfInput, at: 1),
        RejectionCase("[1", .unexpectedEndOfInput, at: 2),
        RejectionCase("[1,", .unexpectedEndOfInput, at: 3),
        RejectionCase("{", .unexpectedEndOfInput, at: 1),
        RejectionCase(#"{"a""#, .unexpectedEndOfInput, at: 4),
        RejectionCase(#"{"a":"#, .unexpectedEndOfInput, at: 5),
        RejectionCase(#"{"a":1"#, .unexpectedEndOfInput, at: 6),
        RejectionCase(#"{"a":1,"#, .unexpectedEndOfInput, at: 7),
        RejectionCase("[1]x", .trailingData, at: 3),
        RejectionCase("1 2", .trailingData, at: 2),
        RejectionCase("{}{}", .trailingData, at: 2),
        RejectionCase("[1]]", .trailingData, at: 3),
        RejectionCase("null,", .trailingData, at: 4),
        RejectionCase("[1]//comment", .trailingData, at: 3),
        RejectionCase("/*c*/1", .unexpectedCharacter, at: 0),
        RejectionCase("[1,/*c*/2]", .unexpectedCharacter, at: 3),
        RejectionCase("# comment\n1", .unexpectedCharacter, at: 0),
        RejectionCase("\u{0C}1", .unexpectedCharacter, at: 0),
        RejectionCase("\u{A0}1", .unexpectedCharacter, at: 0),
        RejectionCase("\u{FEFF}1", .unexpectedCharacter, at: 0),
    ]

    static let literals: [RejectionCase] = [
        RejectionCase("tru", .unexpectedEndOfInput, at: 3),
        RejectionCase("trux", .unexpectedCharacter, at: 3),
        RejectionCase("truex", .trailingData, at: 4),
        RejectionCase("True", .unexpectedCharacter, at: 0),
        RejectionCase("nul", .unexpectedEndOfInput, at: 3),
        RejectionCase("nill", .unexpectedCharacter, at: 1),
        RejectionCase("fals", .unexpectedEndOfInput, at: 4),
        RejectionCase("[falsy]", .unexpectedCharacter, at: 5),
        RejectionCase("NaN", .unexpectedCharacter, at: 0),
        RejectionCase("Infinity", .unexpectedCharacter, at: 0),
        RejectionCase("undefined", .unexpectedCharacter, at: 0),
    ]

    static let numbers: [RejectionCase] = [
        RejectionCase("01", .invalidNumber, at: 1),
        RejectionCase("00", .invalidNumber, at: 1),
        RejectionCase("-01", .invalidNumber, at: 2),
        RejectionCase("[007]", .invalidNumber, at: 2),
        RejectionCase("-", .invalidNumber, at: 1),
        RejectionCase("[-]", .invalidNumber, at: 2),
        RejectionCase("-a", .invalidNumber, at: 1),
        RejectionCase("-Infinity", .invalidNumber, at: 1),
        RejectionCase("1.", .invalidNumber, at: 2),
        RejectionCase("1.e5", .invalidNumber, at: 2),
        RejectionCase("[1.]", .invalidNumber, at: 3),
        RejectionCase(".5", .unexpectedCharacter, at: 0),
        RejectionCase("1e", .invalidNumber, at: 2),
        RejectionCase("1E", .invalidNumber, at: 2),
        RejectionCase("1e+", .invalidNumber, at: 3),
        RejectionCase("1e-", .invalidNumber, at: 3),
        RejectionCase("1ee5", .invalidNumber, at: 2),
        RejectionCase("+1", .unexpectedCharacter, at: 0),
        RejectionCase("1e5.5", .trailingData, at: 3),
        RejectionCase("0x10", .trailingData, at: 1),
        RejectionCase("1_000", .trailingData, at: 1),
        RejectionCase("[1,2.3.4]", .unexpectedCharacter, at: 6),
    ]

    static let strings: [RejectionCase] = [
        RejectionCase(#""abc"#, .unexpectedEndOfInput, at: 4),
        RejectionCase(#"""#, .unexpectedEndOfInput, at: 1),
        RejectionCase(#""\"#, .unexpectedEndOfInput, at: 2),
        RejectionCase(#""\u12"#, .unexpectedEndOfInput, at: 5),
        RejectionCase(#""a\n"#, .unexpectedEndOfInput, at: 4),
        RejectionCase(#""\x""#, .invalidEscape, at: 1),
        RejectionCase(#""\a""#, .invalidEscape, at: 1),
        RejectionCase(#""\U0041""#, .invalidEscape, at: 1),
        RejectionCase(#""\'""#, .invalidEscape, at: 1),
        RejectionCase(#""ab\ ""#, .invalidEscape, at: 3),
        RejectionCase(#""\u12G4""#, .invalidEscape, at: 1),
        RejectionCase(#""\u12""#, .invalidEscape, at: 1),
        RejectionCase(#""\uD800""#, .invalidEscape, at: 1),
        RejectionCase(#""\uDBFF""#, .invalidEscape, at: 1),
        RejectionCase(#""\uDC00""#, .invalidEscape, at: 1),
        RejectionCase(#""\uDFFF""#, .invalidEscape, at: 1),
        RejectionCase(#""\uDC00\uD800""#, .invalidEscape, at: 1),
        RejectionCase(#""\uD800\uD800""#, .invalidEscape, at: 1),
        RejectionCase(#""\uD800\u0041""#, .invalidEscape, at: 1),
        RejectionCase(#""\uD800abc""#, .invalidEscape, at: 1),
        RejectionCase(#""\uD800\n""#, .invalidEscape, at: 1),
        RejectionCase(#""x\uD83D\uZZZZ""#, .invalidEscape, at: 8),
        RejectionCase("\"a\tb\"", .controlCharacterInString, at: 2),
        RejectionCase("\"\t\"", .controlCharacterInString, at: 1),
        RejectionCase("\"line\nbreak\"", .controlCharacterInString, at: 5),
        RejectionCase("\"\r\"", .controlCharacterInString, at: 1),
        RejectionCase("\"\u{0}\"", .controlCharacterInString, at: 1),
        RejectionCase("\"\u{1F}\"", .controlCharacterInString, at: 1),
        RejectionCase("\"esc\\n then \u{1}\"", .controlCharacterInString, at: 12),
        RejectionCase("{\"k\u{7}\":1}", .controlCharacterInString, at: 3),
    ]

    @Test("structural errors", arguments: structure)
    func structuralErrors(_ rejection: RejectionCase) {
        expectRejection(rejection)
    }

    @Test("literal errors", arguments: literals)
    func literalErrors(_ rejection: RejectionCase) {
        expectRejection(rejection)
    }

    @Test("number grammar errors", arguments: numbers)
    func numberErrors(_ rejection: RejectionCase) {
        expectRejection(rejection)
    }

    @Test("string and escape errors", arguments: strings)
    func stringErrors(_ rejection: RejectionCase) {
        expectRejection(rejection)
    }

    @Test("trailing commas are named in the message")
    func trailingCommaMessages() {
        #expect(parseError("[1,]")?.message == "trailing comma in array")
        #expect(parseError(#"{"a":1,}"#)?.message == "trailing comma in object")
    }

    @Test("malformed documents are not limit breaches")
    func malformedIsNotLimit() {
        for rejection in Self.structure + Self.literals + Self.numbers + Self.strings {
            #expect(parseError(rejection.bytes)?.kind.isLimitExceeded == false, "\(rejection)")
        }
    }

    private func expectRejection(_ rejection: RejectionCase, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = parseError(rejection.bytes) else {
            Issue.record("\(rejection) was accepted", sourceLocation: sourceLocation)
            return
        }
        #expect(error.kind == rejection.kind, "\(rejection): \(error)", sourceLocation: sourceLocation)
        #expect(error.offset == rejection.offset, "\(rejection): \(error)", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
    }
}
