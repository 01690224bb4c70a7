/// Decimal digits straight into output memory, avoiding the `String` that
/// `description` would build for every integer written.
enum IntegerFormatting {
    /// Most bytes a 64-bit integer needs: 20 digits for `UInt64.max`, or a
    /// sign and 19 digits for `Int64.min`.
    static let maxLength = 20

    /// Number of decimal digits in `value` (1 for zero).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// Writes `value` in decimal at `target`, which must have room
    /// for `maxLength` bytes, and returns the number of bytes written.
    @inline(__always)
    static func write(magnitude: UInt64, negative: Bool, into target: UnsafeMutableRawPointer) -> Int {
        var position = 0
        if negative {
            target.storeBytes(of: ASCII.minus, as: UInt8.self)
            position = 1
        }
        let digits = digitCount(magnitude)
        var rest = magnitude
        var cursor = position + digits
        repeat {
            cursor -= 1
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            target.storeBytes(of: ASCII.zero &+ UInt8(truncatingIfNeeded: remainder), toByteOffset: cursor, as: UInt8.self)
            rest = quotient
        } while cursor > position
        return position + digits
    }

    /// Writes `value` as exactly `width` digits, zero-padded, at `offset`.
    /// `value` must be non-negative and fit in `width` digits.
    @inline(__always)
    static func writePadded(_ value: Int, width: Int, into target: UnsafeMutableRawPointer, at offset: Int) {
        var rest = value
        var cursor = offset + width
        while cursor > offset {
            cursor -= 1
            target.storeBytes(of: ASCII.zero &+ UInt8(truncatingIfNeeded: rest % 10), toByteOffset: cursor, as: UInt8.self)
            rest /= 10
        }
    }
}
