/// How strings are escaped on output.
///
/// Escaped: `"` and `\`, the control characters U+0000…U+001F (as `\b`, `\f`,
/// `\n`, `\r`, `\t` where JSON has a short form, otherwise `\u00XX`), and
/// U+2028/U+2029, which are legal in JSON but end a line in JavaScript source.
/// Everything else, including all other non-ASCII text, is copied as UTF-8.
/// `/` is not escaped: the output is for HTTP bodies, not inline `<script>`.
enum JSONStringEscaping {
    /// Offset of the first byte in `text` that needs escaping, or `text.count`.
    ///
    /// U+2028/U+2029 are `E2 80 A8`/`E2 80 A9`; any `E2` stops the fast scan
    /// and the slow path takes a closer look.
    @inline(__always)
    static func firstByteNeedingEscape(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var position = 0
        if let base = text.baseAddress {
            // Eight bytes at a time: each test sets a byte's high bit when
            // that byte might match; a hit falls through to the exact loop.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            while position + 8 <= text.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                let below0x20 = (word &- ones &* 0x20) & ~word & highBits
                let quote = word ^ (ones &* UInt64(ASCII.quote))
                let backslash = word ^ (ones &* UInt64(ASCII.backslash))
                let lineSeparatorLead = word ^ (ones &* 0xE2)
                let zeroed = (quote &- ones) & ~quote
                    | (backslash &- ones) & ~backslash
                    | (lineSeparatorLead &- ones) & ~lineSeparatorLead
                if (below0x20 | zeroed) & highBits != 0 {
                    break
                }
                position += 8
            }
        }
        while position < text.count {
            let byte = text[position]
            if byte < 0x20 || byte == ASCII.quote || byte == ASCII.backslash || byte == 0xE2 {
                return position
            }
            position += 1
        }
        return position
    }

    /// The escape sequence for `text[position]` (and, for U+2028/U+2029, the
    /// two bytes after it), or `nil` when that byte is copied as is.
    /// Returns the escape and how many input bytes it replaces.
    @inline(__always)
    static func escape(in text: UnsafeBufferPointer<UInt8>, at position: Int) -> (StaticString, Int)? {
        let byte = text[position]
        switch byte {
        case ASCII.quote: return ("\\\"", 1)
        case ASCII.backslash: return ("\\\\", 1)
        case ASCII.newline: return ("\\n", 1)
        case ASCII.carriageReturn: return ("\\r", 1)
        case ASCII.tab: return ("\\t", 1)
        case 0x08: return ("\\b", 1)
        case 0x0C: return ("\\f", 1)
        case 0xE2:
            guard position + 2 < text.count, text[position + 1] == 0x80 else { return nil }
            switch text[position + 2] {
            case 0xA8: return ("\\u2028", 3)
            case 0xA9: return ("\\u2029", 3)
            default: return nil
            }
        default:
            return nil
        }
    }
}
