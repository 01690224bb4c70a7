/// Strict UTF-8 checking per the Unicode Standard, table 3-7 ("well-formed
/// UTF-8 byte sequences").
///
/// Rejects everything a lenient decoder would repair: overlong forms
/// (`C0 80`, `E0 80 80`), UTF-8-encoded surrogates (`ED A0 80`), code points
/// above U+10FFFF (`F4 90`, `F5`…`FF`), stray continuation bytes and sequences
/// cut short by the end of input or by an ASCII byte.
enum UTF8Validation {
    /// The length of the well-formed multi-byte sequence whose lead byte is at
    /// `index`, or `nil` when it is not well formed. `index` must be in bounds
    /// and point at a byte >= 0x80.
    @inline(__always)
    static func multiByteSequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let available = bytes.count - index
        switch lead {
        case 0xC2...0xDF:
            guard available >= 2, isContinuation(bytes[index + 1]) else { return nil }
            return 2
        case 0xE0...0xEF:
            guard available >= 3 else { return nil }
            let second = bytes[index + 1]
            let secondValid: Bool = switch lead {
            case 0xE0: second >= 0xA0 && second <= 0xBF  // below A0 would be overlong
            case 0xED: second >= 0x80 && second <= 0x9F  // above 9F would be a surrogate
            default: isContinuation(second)
            }
            guard secondValid, isContinuation(bytes[index + 2]) else { return nil }
            return 3
        case 0xF0...0xF4:
            guard available >= 4 else { return nil }
            let second = bytes[index + 1]
            let secondValid: Bool = switch lead {
            case 0xF0: second >= 0x90 && second <= 0xBF  // below 90 would be overlong
            case 0xF4: second >= 0x80 && second <= 0x8F  // above 8F exceeds U+10FFFF
            default: isContinuation(second)
            }
            guard secondValid, isContinuation(bytes[index + 2]), isContinuation(bytes[index + 3]) else { return nil }
            return 4
        default:
            // 80...C1 (continuation bytes, overlong two-byte leads) and F5...FF.
            return nil
        }
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
