/// Literals and numbers: the scalars whose text needs no unescaping.
extension JSONDocumentParser {
    /// Parses a string, number or literal at `index`.
    mutating func parseScalar() throws(JSONSyntaxError) -> JSONValue {
        switch bytes[index] {
        case ASCII.quote:
            return .string(try parseString())
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return .number(try parseNumber())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case let byte:
            throw unexpected(byte, at: index, expecting: "a value")
        }
    }

    /// Consumes `literal` (`true`, `false` or `null`) at `index`, whose
    /// first byte the caller has already matched.
    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let length = literal.utf8CodeUnitCount
        var offset = 1
        while offset < length {
            let position = index + offset
            guard position < bytes.count else {
                throw error(.unexpectedEndOfInput, at: position, "unexpected end of input in literal")
            }
            guard bytes[position] == literal.utf8Start[offset] else {
                throw unexpected(bytes[position], at: position, expecting: nil)
            }
            offset += 1
        }
        index += length
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        switch JSONNumberGrammar.scan(bytes, from: start) {
        case .invalid(let offset, let message):
            throw error(.invalidNumber, at: offset, message)
        case .valid(let end, let isInteger):
            if end - start > maxNumberLength {
                throw error(.numberTooLong, at: start, "number longer than \(maxNumberLength) characters")
            }
            index = end
            let lexeme = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return JSONNumber(validatedLexeme: lexeme, isInteger: isInteger)
        }
    }
}
