/// Word-at-a-time searches for the bytes that end a plain run inside a JSON
/// string, so long ASCII runs cost one comparison per eight bytes.
///
/// Each test below sets the high bit of a byte lane when that lane might
/// match; a set bit only stops the fast loop, and the exact byte loop after it
/// decides. So false positives cost a little time, never correctness.
enum ByteScanning {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Lanes whose byte equals `byte` (exact for the lowest matching lane).
    @inline(__always)
    static func lanesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits
    }

    /// Lanes whose byte is below `bound`, which must be at most 0x80.
    @inline(__always)
    static func lanesBelow(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highBits
    }

    /// The first offset in `start..<end` holding `"`, `\`, a byte below 0x20
    /// or a byte at or above 0x80, or `end` if there is none.
    @inline(__always)
    static func firstStringSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var position = start
        if let base = bytes.baseAddress {
            while position + 8 <= end {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                let special = lanesEqual(word, ASCII.quote) | lanesEqual(word, ASCII.backslash)
                    | lanesBelow(word, 0x20) | (word & highBits)
                if special != 0 {
                    break
                }
                position += 8
            }
        }
        while position < end {
            let byte = bytes[position]
            if byte == ASCII.quote || byte == ASCII.backslash || byte < 0x20 || byte >= 0x80 {
                return position
            }
            position += 1
        }
        return end
    }
}
