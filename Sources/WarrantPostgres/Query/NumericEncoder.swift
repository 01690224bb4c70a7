/// Writes exact decimal text as PostgreSQL's binary `numeric`, the inverse of ``NumericFormatter``.
///
/// The binary form is `ndigits`, `weight`, `sign`, `dscale` (16 bits each), then `ndigits` base-10000
/// digits, digit `i` worth `10000^(weight - i)`. The decimal point falls between groups of four decimal
/// digits, so the integer part is padded with zeros on the left and the fraction on the right to whole
/// groups; zero groups at either end are left out, as the server itself does.
enum NumericEncoder {
    private static let positive: UInt16 = 0x0000
    private static let negative: UInt16 = 0x4000
    private static let notANumber: UInt16 = 0xC000

    /// Writes `text` (`-?[0-9]+(\.[0-9]+)?`, or `NaN`); `dscale` is its number of fraction digits.
    static func write(_ text: String, into buffer: inout PostgresEncodingBuffer) {
        let isNegative = text.hasPrefix("-")
        let unsigned = isNegative ? text.dropFirst() : text[...]
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integerPart = parts.first, integerPart.allSatisfy(\.isASCIIDigit), !integerPart.isEmpty else {
            // Decimal.nan's text; no other Decimal has a text outside the grammar.
            writeHeader(digitCount: 0, weight: 0, sign: notANumber, scale: 0, into: &buffer)
            return
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        let integerGroups = (integerPart.count + 3) / 4
        let leadingZeros = String(repeating: "0", count: integerGroups * 4 - integerPart.count)
        let trailingZeros = String(repeating: "0", count: (4 - fraction.count % 4) % 4)
        let padded = leadingZeros + String(integerPart) + String(fraction) + trailingZeros
        var groups: [Int16] = []
        groups.reserveCapacity(padded.count / 4)
        var index = padded.startIndex
        while index < padded.endIndex {
            let next = padded.index(index, offsetBy: 4)
            groups.append(Int16(padded[index..<next]) ?? 0)
            index = next
        }
        var weight = integerGroups - 1
        while groups.first == 0 {
            groups.removeFirst()
            weight -= 1
        }
        while groups.last == 0 { groups.removeLast() }
        let sign = isNegative && !groups.isEmpty ? negative : positive
        writeHeader(digitCount: groups.count, weight: groups.isEmpty ? 0 : weight, sign: sign, scale: fraction.count, into: &buffer)
        for group in groups { buffer.writeInteger(group) }
    }

    private static func writeHeader(digitCount: Int, weight: Int, sign: UInt16, scale: Int, into buffer: inout PostgresEncodingBuffer) {
        buffer.writeInteger(Int16(digitCount))
        buffer.writeInteger(Int16(weight))
        buffer.writeInteger(sign)
        buffer.writeInteger(Int16(scale))
    }
}

extension Character {
    /// `0`…`9` only (not other scripts' digits, as `isNumber` would allow).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
