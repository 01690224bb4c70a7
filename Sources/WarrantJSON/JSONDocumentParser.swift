/// The parsing engine: one pass over contiguous bytes, no recursion.
///
/// Nesting is tracked on an explicit stack (`frames`), so hostile depth can
/// only produce a `nestingTooDeep` error, never a stack overflow. Children of
/// open containers accumulate in shared scratch arrays; closing a container
/// copies its children out at exact size.
struct JSONDocumentParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private let maxStringLength: Int
    private let maxKeysPerObject: Int
    private let maxArrayLength: Int
    private let maxNumberLength: Int

    /// Offset of the next unread byte.
    private var index = 0
    private var frames: [ContainerFrame] = []
    private var pendingElements: [JSONValue] = []
    private var pendingMembers: [JSONObject.Member] = []
    /// Reused output buffer for strings that contain escapes.
    private var unescaped: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.bytes = bytes
        maxDepth = limits.effectiveMaxDepth
        maxStringLength = max(limits.maxStringLength, 0)
        maxKeysPerObject = max(limits.maxKeysPerObject, 0)
        maxArrayLength = max(limits.maxArrayLength, 0)
        maxNumberLength = max(limits.maxNumberLength, 0)
    }

    /// Parses exactly one value surrounded by optional whitespace.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        var value: JSONValue
        nextValue: while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.unexpectedEndOfInput, at: index, "unexpected end of input, expected a value")
            }
            switch bytes[index] {
            case ASCII.openBracket:
                try checkDepth()
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == ASCII.closeBracket {
                    index += 1
                    value = .array([])
                } else {
                    try checkArrayRoom(elementCount: 0)
                    frames.append(ContainerFrame(isObject: false, firstChild: pendingElements.count))
                    continue nextValue
                }
            case ASCII.openBrace:
                try checkDepth()
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == ASCII.closeBrace {
                    index += 1
                    value = .object(JSONObject())
                } else {
                    frames.append(ContainerFrame(isObject: true, firstChild: pendingMembers.count))
                    try parseMemberKey(afterComma: false)
                    continue nextValue
                }
            case ASCII.quote:
                value = .string(try parseString())
            case ASCII.minus, ASCII.zero...ASCII.nine:
                value = .number(try parseNumber())
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            case let byte:
                throw unexpected(byte, at: index, expecting: "a value")
            }

            // Hand the finished value to its container, closing every
            // container that ends right after it.
            while let top = frames.indices.last {
                if frames[top].isObject {
                    pendingMembers.append(JSONObject.Member(key: frames[top].pendingKey, value: value))
                    skipWhitespace()
                    guard index < bytes.count else {
                        throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside object")
                    }
                    switch bytes[index] {
                    case ASCII.comma:
                        index += 1
                        try parseMemberKey(afterComma: true)
                        continue nextValue
                    case ASCII.closeBrace:
                        index += 1
                        let first = frames[top].firstChild
                        value = .object(JSONObject(uncheckedUniqueMembers: Array(pendingMembers[first...])))
                        pendingMembers.removeSubrange(first...)
                        frames.removeLast()
                    case let byte:
                        throw unexpected(byte, at: index, expecting: "',' or '}'")
                    }
                } else {
                    pendingElements.append(value)
                    skipWhitespace()
                    guard index < bytes.count else {
                        throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside array")
                    }
                    switch bytes[index] {
                    case ASCII.comma:
                        index += 1
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == ASCII.closeBracket {
                            throw error(.unexpectedCharacter, at: index, "trailing comma in array")
                        }
                        try checkArrayRoom(elementCount: pendingElements.count - frames[top].firstChild)
                        continue nextValue
                    case ASCII.closeBracket:
                        index += 1
                        let first = frames[top].firstChild
                        value = .array(Array(pendingElements[first...]))
                        pendingElements.removeSubrange(first...)
                        frames.removeLast()
                    case let byte:
                        throw unexpected(byte, at: index, expecting: "',' or ']'")
                    }
                }
            }
            break
        }
        skipWhitespace()
        if index < bytes.count {
            throw error(
                .trailingData, at: index,
                "unexpected \(ErrorSnippet.describe(byte: bytes[index])) after the top-level value")
        }
        return value
    }

    // MARK: - Structure

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count, ASCII.isWhitespace(bytes[index]) {
            index += 1
        }
    }

    /// Called at `[` or `{` before it is consumed.
    private func checkDepth() throws(JSONSyntaxError) {
        if frames.count >= maxDepth {
            throw error(.nestingTooDeep, at: index, "nesting deeper than \(maxDepth) levels")
        }
    }

    /// Called before parsing the element that would follow `elementCount`
    /// elements, so an over-long array is rejected before its excess is read.
    private func checkArrayRoom(elementCount: Int) throws(JSONSyntaxError) {
        if elementCount >= maxArrayLength {
            throw error(.arrayTooLong, at: index, "array longer than \(maxArrayLength) elements")
        }
    }

    /// Parses `"key"` and `:` inside the innermost (object) frame, leaving the
    /// key in the frame until its value is done.
    private mutating func parseMemberKey(afterComma: Bool) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else {
            throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside object")
        }
        guard bytes[index] == ASCII.quote else {
            if afterComma, bytes[index] == ASCII.closeBrace {
                throw error(.unexpectedCharacter, at: index, "trailing comma in object")
            }
            throw unexpected(bytes[index], at: index, expecting: "a string key")
        }
        let top = frames.count - 1
        let first = frames[top].firstChild
        let memberCount = pendingMembers.count - first
        if memberCount >= maxKeysPerObject {
            throw error(.tooManyKeys, at: index, "object with more than \(maxKeysPerObject) keys")
        }
        let keyOffset = index
        let key = try parseString()
        if isDuplicate(key, frame: top, firstMember: first, memberCount: memberCount) {
            throw error(.duplicateKey, at: keyOffset, "duplicate key \(ErrorSnippet.quoted(key))")
        }
        skipWhitespace()
        guard index < bytes.count else {
            throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside object")
        }
        guard bytes[index] == ASCII.colon else {
            throw unexpected(bytes[index], at: index, expecting: "':' after object key")
        }
        index += 1
        frames[top].pendingKey = key
    }

    /// Whether `key` already names a member of the object in frame `frame`;
    /// records it when the frame tracks keys in a set.
    private mutating func isDuplicate(_ key: String, frame: Int, firstMember: Int, memberCount: Int) -> Bool {
        if memberCount < DuplicateKeyCheck.linearScanLimit {
            for member in pendingMembers[firstMember...] where member.key == key {
                return true
            }
            return false
        }
        if frames[frame].seenKeys == nil {
            frames[frame].seenKeys = Set(pendingMembers[firstMember...].lazy.map(\.key))
        }
        let inserted = frames[frame].seenKeys?.insert(key).inserted ?? true
        return !inserted
    }

    // MARK: - Scalars

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = index
        let mismatch: Int? = literal.withUTF8Buffer { expected in
            for offset in 0..<expected.count {
                let position = start + offset
                if position >= bytes.count || bytes[position] != expected[offset] {
                    return position
                }
            }
            return nil
        }
        if let position = mismatch {
            if position >= bytes.count {
                throw error(.unexpectedEndOfInput, at: position, "unexpected end of input in literal")
            }
            throw unexpected(bytes[position], at: position, expecting: nil)
        }
        index += literal.utf8CodeUnitCount
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
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

    // MARK: - Strings

    /// Parses the string whose opening quote is at `index`.
    ///
    /// Fast path: strings without escapes become a `String` straight from the
    /// input slice. The first backslash hands over to `parseEscapedString`.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let quoteOffset = index
        let contentStart = index + 1
        // One byte past the longest allowed content, so the closing quote of
        // a string of exactly the maximum length is still seen.
        let scanEnd = bytes.count - contentStart > maxStringLength
            ? contentStart + maxStringLength + 1 : bytes.count
        var position = contentStart
        while position < scanEnd {
            let byte = bytes[position]
            if byte == ASCII.quote {
                index = position + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
            } else if byte == ASCII.backslash {
                return try parseEscapedString(quoteOffset: quoteOffset, contentStart: contentStart, firstEscape: position)
            } else if byte < 0x20 {
                throw controlCharacter(byte, at: position)
            } else if byte < 0x80 {
                position += 1
            } else {
                guard let length = UTF8Validation.multiByteSequenceLength(in: bytes, at: position) else {
                    throw invalidUTF8(at: position)
                }
                position += length
            }
        }
        if position - contentStart > maxStringLength {
            throw error(.stringTooLong, at: quoteOffset, "string longer than \(maxStringLength) bytes")
        }
        throw error(.unexpectedEndOfInput, at: bytes.count, "unterminated string")
    }

    /// Continues a string at its first backslash, unescaping into `unescaped`.
    private mutating func parseEscapedString(
        quoteOffset: Int, contentStart: Int, firstEscape: Int
    ) throws(JSONSyntaxError) -> String {
        unescaped.removeAll(keepingCapacity: true)
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<firstEscape]))
        var position = firstEscape
        while position < bytes.count {
            // Copy the run of plain bytes up to the next quote, backslash or
            // control byte in one go.
            let runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == ASCII.quote || byte == ASCII.backslash {
                    break
                } else if byte < 0x20 {
                    throw controlCharacter(byte, at: position)
                } else if byte < 0x80 {
                    position += 1
                } else {
                    guard let length = UTF8Validation.multiByteSequenceLength(in: bytes, at: position) else {
                        throw invalidUTF8(at: position)
                    }
                    position += length
                }
                if unescaped.count + (position - runStart) > maxStringLength {
                    throw error(.stringTooLong, at: quoteOffset, "string longer than \(maxStringLength) bytes")
                }
            }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            guard position < bytes.count else { break }
            if bytes[position] == ASCII.quote {
                index = position + 1
                return String(decoding: unescaped, as: UTF8.self)
            }
            position = try appendEscape(at: position)
            if unescaped.count > maxStringLength {
                throw error(.stringTooLong, at: quoteOffset, "string longer than \(maxStringLength) bytes")
            }
        }
        throw error(.unexpectedEndOfInput, at: bytes.count, "unterminated string")
    }

    /// Decodes the escape whose backslash is at `start`, appends its UTF-8,
    /// and returns the offset just past it.
    private mutating func appendEscape(at start: Int) throws(JSONSyntaxError) -> Int {
        guard start + 1 < bytes.count else {
            throw error(.unexpectedEndOfInput, at: bytes.count, "unterminated string")
        }
        let decoded: UInt8
        switch bytes[start + 1] {
        case ASCII.quote: decoded = ASCII.quote
        case ASCII.backslash: decoded = ASCII.backslash
        case ASCII.slash: decoded = ASCII.slash
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = ASCII.newline
        case UInt8(ascii: "r"): decoded = ASCII.carriageReturn
        case UInt8(ascii: "t"): decoded = ASCII.tab
        case UInt8(ascii: "u"):
            return try appendUnicodeEscape(at: start)
        case let other:
            let shown = other >= 0x20 && other < 0x7F ? "'\\\(Character(Unicode.Scalar(other)))'" : ErrorSnippet.describe(byte: other)
            throw error(.invalidEscape, at: start, "invalid escape \(shown)")
        }
        unescaped.append(decoded)
        return start + 2
    }

    /// Decodes `\uXXXX`, or a `\uXXXX\uXXXX` surrogate pair, at `start`.
    private mutating func appendUnicodeEscape(at start: Int) throws(JSONSyntaxError) -> Int {
        let unit = try hexQuad(at: start + 2, escapeOffset: start)
        switch unit {
        case 0xD800...0xDBFF:
            let next = start + 6
            guard next + 1 < bytes.count, bytes[next] == ASCII.backslash, bytes[next + 1] == UInt8(ascii: "u") else {
                throw unpairedSurrogate(unit, at: start)
            }
            let low = try hexQuad(at: next + 2, escapeOffset: next)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw unpairedSurrogate(unit, at: start)
            }
            let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            appendUTF8(scalar)
            return next + 6
        case 0xDC00...0xDFFF:
            throw unpairedSurrogate(unit, at: start)
        default:
            appendUTF8(UInt32(unit))
            return start + 6
        }
    }

    /// The four hex digits at `position`, for the escape at `escapeOffset`.
    private func hexQuad(at position: Int, escapeOffset: Int) throws(JSONSyntaxError) -> UInt16 {
        guard position + 4 <= bytes.count else {
            throw error(.unexpectedEndOfInput, at: bytes.count, "unterminated string")
        }
        var value: UInt16 = 0
        for offset in position..<(position + 4) {
            guard let digit = ASCII.hexValue(bytes[offset]) else {
                throw error(.invalidEscape, at: escapeOffset, "invalid \\u escape, expected four hex digits")
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value known to be valid
    /// (not a surrogate, at most U+10FFFF).
    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            unescaped.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            unescaped.append(0xC0 | UInt8(truncatingIfNeeded: scalar >> 6))
            unescaped.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        case 0x800..<0x10000:
            unescaped.append(0xE0 | UInt8(truncatingIfNeeded: scalar >> 12))
            unescaped.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
            unescaped.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        default:
            unescaped.append(0xF0 | UInt8(truncatingIfNeeded: scalar >> 18))
            unescaped.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F))
            unescaped.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
            unescaped.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        }
    }

    // MARK: - Errors

    private func error(_ kind: JSONSyntaxError.Kind, at offset: Int, _ message: String) -> JSONSyntaxError {
        JSONSyntaxError(kind: kind, offset: offset, message: message)
    }

    private func unexpected(_ byte: UInt8, at offset: Int, expecting expected: String?) -> JSONSyntaxError {
        let found = byte < 0x80 ? "unexpected character \(ErrorSnippet.describe(byte: byte))"
            : "unexpected \(ErrorSnippet.describe(byte: byte))"
        let message = expected.map { "\(found), expected \($0)" } ?? found
        return error(.unexpectedCharacter, at: offset, message)
    }

    private func controlCharacter(_ byte: UInt8, at offset: Int) -> JSONSyntaxError {
        error(.controlCharacterInString, at: offset,
              "unescaped control character \(ErrorSnippet.describe(byte: byte)) in string")
    }

    private func invalidUTF8(at offset: Int) -> JSONSyntaxError {
        error(.invalidUTF8, at: offset, "invalid UTF-8 sequence starting with \(ErrorSnippet.describe(byte: bytes[offset]))")
    }

    private func unpairedSurrogate(_ unit: UInt16, at offset: Int) -> JSONSyntaxError {
        error(.invalidEscape, at: offset, "unpaired surrogate \\u\(String(unit, radix: 16, uppercase: true))")
    }
}
