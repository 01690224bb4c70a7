/// Turns PostgreSQL's binary `numeric` into its exact decimal text.
///
/// The binary form is: `ndigits`, `weight`, `sign`, `dscale` (each 16 bits), then
/// `ndigits` base-10000 digits. Digit `i` is worth `10000^(weight - i)`; `dscale` is the
/// number of decimal places to print. Special signs mark NaN and the infinities.
enum NumericFormatter {
    private static let positive: UInt16 = 0x0000
    private static let negative: UInt16 = 0x4000
    private static let notANumber: UInt16 = 0xC000
    private static let positiveInfinity: UInt16 = 0xD000
    private static let negativeInfinity: UInt16 = 0xF000

    static func string(from cell: PostgresCell) -> String? {
        guard cell.dataType == .numeric,
            let digitCount = cell.readInteger(Int16.self, at: 0),
            let weight = cell.readInteger(Int16.self, at: 2),
            let sign = cell.readInteger(UInt16.self, at: 4),
            let scale = cell.readInteger(Int16.self, at: 6),
            digitCount >= 0, scale >= 0,
            cell.length == 8 + Int(digitCount) * 2
        else { return nil }

        switch sign {
        case notANumber: return "NaN"
        case positiveInfinity: return "Infinity"
        case negativeInfinity: return "-Infinity"
        case positive, negative: break
        default: return nil
        }

        var digits: [Int] = []
        digits.reserveCapacity(Int(digitCount))
        for index in 0..<Int(digitCount) {
            guard let digit = cell.readInteger(Int16.self, at: 8 + index * 2), (0..<10_000).contains(digit) else {
                return nil
            }
            digits.append(Int(digit))
        }
        return format(digits: digits, weight: Int(weight), isNegative: sign == negative, scale: Int(scale))
    }

    static func format(digits: [Int], weight: Int, isNegative: Bool, scale: Int) -> String {
        func digit(_ index: Int) -> Int {
            index >= 0 && index < digits.count ? digits[index] : 0
        }
        func padded(_ group: Int) -> String {
            let text = String(group)
            return String(repeating: "0", count: 4 - text.count) + text
        }

        var text = ""
        if weight < 0 {
            text = "0"
        } else {
            text = String(digit(0))
            if weight >= 1 {
                for index in 1...weight {
                    text += padded(digit(index))
                }
            }
        }

        if scale > 0 {
            var fraction = ""
            var index = weight + 1
            while fraction.count < scale {
                fraction += padded(digit(index))
                index += 1
            }
            text += "." + fraction.prefix(scale)
        }

        let isZero = digits.allSatisfy { $0 == 0 }
        return isNegative && !isZero ? "-" + text : text
    }
}
