import NIOCore

extension JSONWriter {
    /// Writes a string value, escaped as `JSONStringEscaping` describes.
    public mutating func string(_ value: String) {
        writeQuoted(value, colonAfter: false)
        finishValue()
    }

    /// Writes a substring value, escaped as `JSONStringEscaping` describes.
    public mutating func string(_ value: Substring) {
        var value = value
        value.withUTF8 { writeQuotedUTF8($0, colonAfter: false) }
        finishValue()
    }

    /// Writes the comma if due, then `"…"` for `text` (and `:` for keys),
    /// reading its UTF-8 in place when possible.
    mutating func writeQuoted(_ text: String, colonAfter: Bool) {
        if text.utf8.withContiguousStorageIfAvailable({ writeQuotedUTF8($0, colonAfter: colonAfter) }) != nil {
            return
        }
        // Bridged or otherwise non-contiguous strings: make a native copy once.
        var native = text
        native.withUTF8 { writeQuotedUTF8($0, colonAfter: colonAfter) }
    }

    /// Writes the comma if due, then `"…"` for valid UTF-8 `text` (and `:`
    /// for keys), copying unescaped runs in bulk.
    mutating func writeQuotedUTF8(_ text: UnsafeBufferPointer<UInt8>, colonAfter: Bool) {
        let source = UnsafeRawBufferPointer(text)
        let firstEscape = JSONStringEscaping.firstByteNeedingEscape(in: text)
        if firstEscape == text.count {
            // Fast path: comma, quotes, text and colon in one buffer call.
            writeUnit(maximumLength: text.count + 3) { target in
                target.storeBytes(of: ASCII.quote, as: UInt8.self)
                if let textBase = source.baseAddress {
                    (target + 1).copyMemory(from: textBase, byteCount: text.count)
                }
                (target + text.count + 1).storeBytes(of: ASCII.quote, as: UInt8.self)
                guard colonAfter else { return text.count + 2 }
                (target + text.count + 2).storeBytes(of: ASCII.colon, as: UInt8.self)
                return text.count + 3
            }
            return
        }
        writeUnit(maximumLength: 1) { target in
            target.storeBytes(of: ASCII.quote, as: UInt8.self)
            return 1
        }
        var runStart = 0
        var position = firstEscape
        while position < text.count {
            let byte = text[position]
            if let (escape, consumed) = JSONStringEscaping.escape(in: text, at: position) {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: source[runStart..<position]))
                buffer.writeStaticString(escape)
                position += consumed
                runStart = position
            } else if byte < 0x20 {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: source[runStart..<position]))
                buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 6) { target in
                    target[0] = ASCII.backslash
                    target[1] = UInt8(ascii: "u")
                    target[2] = ASCII.zero
                    target[3] = ASCII.zero
                    target[4] = ASCII.hexDigit(byte >> 4)
                    target[5] = ASCII.hexDigit(byte & 0x0F)
                    return 6
                }
                position += 1
                runStart = position
            } else {
                position += 1
            }
        }
        buffer.writeBytes(UnsafeRawBufferPointer(rebasing: source[runStart..<position]))
        buffer.writeInteger(ASCII.quote)
        if colonAfter {
            buffer.writeInteger(ASCII.colon)
        }
    }
}
