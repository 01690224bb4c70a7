/// Strings and keys: a fast path that turns escape-free input slices into
/// `String`s directly, and an unescaping path for the rest, both validating
/// UTF-8 and enforcing the length limit as they go.
extension JSONDocumentParser {
    /// Parses the string whose opening quote is at `index`.
    ///
    /// Fast path: strings without escapes become a `String` straight from the
    /// input slice. The first backslash hands over to `parseEscapedString`.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let quoteOffset = index
        let contentStart = index + 1
        // One byte past the longest allowed content, so the closing quote of
        // a string of exactly the maximum length is still seen.
        let scanEnd = bytes.count - contentStart > maxStringLength
            ? contentStart + maxStringLength + 1 : bytes.count
        var position = contentStart
        while position < scanEnd {
            position = ByteScanning.firstStringSpecialByte(in: bytes, from: position, to: scanEnd)
            guard position < scanEnd else { break }
            let byte = bytes[position]
            if byte == ASCII.quote {
                index = position + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
            } else if byte == ASCII.backslash {
                return try parseEscapedString(quoteOffset: quoteOffset, contentStart: contentStart, firstEscape: position)
            } else if byte < 0x20 {
                throw controlCharacter(byte, at: position)
            } else {
                // Only bytes >= 0x80 remain: the scan stops at nothing else.
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
    mutating func parseEscapedString(
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
    mutating func appendEscape(at start: Int) throws(JSONSyntaxError) -> Int {
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
    mutating func appendUnicodeEscape(at start: Int) throws(JSONSyntaxError) -> Int {
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
    /// Running out of input is "unterminated"; any other non-hex byte makes
    /// the escape invalid.
    func hexQuad(at position: Int, escapeOffset: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for offset in position..<(position + 4) {
            guard offset < bytes.count else {
                throw error(.unexpectedEndOfInput, at: bytes.count, "unterminated string")
            }
            guard let digit = ASCII.hexValue(bytes[offset]) else {
                throw error(.invalidEscape, at: escapeOffset, "invalid \\u escape, expected four hex digits")
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value known to be valid
    /// (not a surrogate, at most U+10FFFF).
    mutating func appendUTF8(_ scalar: UInt32) {
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
}
