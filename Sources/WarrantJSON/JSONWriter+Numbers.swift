import NIOCore

extension JSONWriter {
    /// Writes an integer.
    public mutating func int(_ value: Int) { writeInteger(Int64(value)) }
    /// Writes an integer.
    public mutating func int(_ value: Int64) { writeInteger(value) }
    /// Writes an integer.
    public mutating func int(_ value: Int32) { writeInteger(Int64(value)) }
    /// Writes an integer.
    public mutating func int(_ value: Int16) { writeInteger(Int64(value)) }
    /// Writes an integer.
    public mutating func int(_ value: Int8) { writeInteger(Int64(value)) }
    /// Writes an unsigned integer.
    public mutating func int(_ value: UInt) { writeDigits(magnitude: UInt64(value), negative: false) }
    /// Writes an unsigned integer.
    public mutating func int(_ value: UInt64) { writeDigits(magnitude: value, negative: false) }
    /// Writes an unsigned integer.
    public mutating func int(_ value: UInt32) { writeDigits(magnitude: UInt64(value), negative: false) }
    /// Writes an unsigned integer.
    public mutating func int(_ value: UInt16) { writeDigits(magnitude: UInt64(value), negative: false) }
    /// Writes an unsigned integer.
    public mutating func int(_ value: UInt8) { writeDigits(magnitude: UInt64(value), negative: false) }

    /// Writes a double in its shortest round-trip form (`0.1`, `1e300`,
    /// `-0.0`, `3.0`). NaN and infinities have no JSON form and are written as
    /// `null`.
    public mutating func double(_ value: Double) {
        guard value.isFinite else {
            null()
            return
        }
        DoubleFormatting.withShortestUTF8(value) { text in
            writeUnit(maximumLength: text.count) { target in
                if let textBase = text.baseAddress {
                    target.copyMemory(from: textBase, byteCount: text.count)
                }
                return text.count
            }
        }
        finishValue()
    }

    /// Writes a number's lexeme exactly as parsed or created.
    public mutating func number(_ value: JSONNumber) {
        var lexeme = value.lexeme
        lexeme.withUTF8 { text in
            writeUnit(maximumLength: text.count) { target in
                if let textBase = text.baseAddress {
                    target.copyMemory(from: textBase, byteCount: text.count)
                }
                return text.count
            }
        }
        finishValue()
    }

    private mutating func writeInteger(_ value: Int64) {
        writeDigits(magnitude: value.magnitude, negative: value < 0)
    }

    private mutating func writeDigits(magnitude: UInt64, negative: Bool) {
        writeUnit(maximumLength: IntegerFormatting.maxLength) { target in
            IntegerFormatting.write(magnitude: magnitude, negative: negative, into: target)
        }
        finishValue()
    }
}
