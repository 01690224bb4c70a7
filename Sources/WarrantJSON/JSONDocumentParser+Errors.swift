/// Builders for the parser's errors, so each failure site reads as one line
/// and every message is phrased (and kept short) in one place.
extension JSONDocumentParser {
    /// An error of `kind` at `offset`.
    func error(_ kind: JSONSyntaxError.Kind, at offset: Int, _ message: String) -> JSONSyntaxError {
        JSONSyntaxError(kind: kind, offset: offset, message: message)
    }

    /// "unexpected character 'x'" (or byte), optionally saying what was expected.
    func unexpected(_ byte: UInt8, at offset: Int, expecting expected: String?) -> JSONSyntaxError {
        let isPrintable = byte >= 0x20 && byte < 0x7F
        let found = isPrintable ? "unexpected character \(ErrorSnippet.describe(byte: byte))"
            : "unexpected \(ErrorSnippet.describe(byte: byte))"
        let message = expected.map { "\(found), expected \($0)" } ?? found
        return error(.unexpectedCharacter, at: offset, message)
    }

    /// A raw control byte inside a string.
    func controlCharacter(_ byte: UInt8, at offset: Int) -> JSONSyntaxError {
        error(.controlCharacterInString, at: offset,
              "unescaped control character \(ErrorSnippet.describe(byte: byte)) in string")
    }

    /// An ill-formed UTF-8 sequence starting at `offset`.
    func invalidUTF8(at offset: Int) -> JSONSyntaxError {
        error(.invalidUTF8, at: offset, "invalid UTF-8 sequence starting with \(ErrorSnippet.describe(byte: bytes[offset]))")
    }

    /// A `\u` escape for half of a surrogate pair without its other half.
    func unpairedSurrogate(_ unit: UInt16, at offset: Int) -> JSONSyntaxError {
        error(.invalidEscape, at: offset, "unpaired surrogate \\u\(String(unit, radix: 16, uppercase: true))")
    }
}
