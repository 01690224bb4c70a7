import NIOCore

extension JSONWriter {
    /// Writes a string value, escaped as `JSONStringEscaping` describes.
    public mutating func string(_ value: String) {
        writeCommaIfNeeded()
        writeQuoted(value)
        finishValue()
    }

    /// Writes a substring value, escaped as `JSONStringEscaping` describes.
    public mutating func string(_ value: Substring) {
        writeCommaIfNeeded()
        if value.utf8.withContiguousStorageIfAvailable({ writeQuotedUTF8($0) }) == nil {
            writeQuoted(String(value))
        }
        finishValue()
    }

    /// Writes `"…"` for `text`, reading its UTF-8 in place when possible.
    mutating func writeQuoted(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ writeQuotedUTF8($0) }) != nil {
            return
        }
        // Bridged or otherwise non-contiguous strings: make a native copy once.
        var native = text
        native.withUTF8 { writeQuotedUTF8($0) }
    }

    /// Writes `"…"` for valid UTF-8 `text`, copying unescaped runs in bulk.
    mutating func writeQuotedUTF8(_ text: UnsafeBufferPointer<UInt8>) {
        var position = JSONStringEscaping.firstByteNeedingEscape(in: text)
        if position == text.count {
            // Fast path: one reservation, one copy.
            buffer.reserveCapacity(minimumWritableBytes: text.count + 2)
            buffer.writeInteger(ASCII.quote)
            buffer.writeBytes(UnsafeRawBufferPointer(text))
            buffer.writeInteger(ASCII.quote)
            return
        }
        buffer.writeInteger(ASCII.quote)
        var runStart = 0
        while position < text.count {
            let byte = text[position]
            if let (escape, consumed) = JSONStringEscaping.escape(in: text, at: position) {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[runStart..<position]))
                buffer.writeStaticString(escape)
                position += consumed
                runStart = position
            } else if byte < 0x20 {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[runStart..<position]))
                buffer.writeStaticString("\\u00")
                buffer.writeInteger(ASCII.hexDigit(byte >> 4))
                buffer.writeInteger(ASCII.hexDigit(byte & 0x0F))
                position += 1
                runStart = position
            } else {
                position += 1
            }
        }
        buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[runStart..<position]))
        buffer.writeInteger(ASCII.quote)
    }
}
