/// Recognises the RFC 8259 number grammar
/// `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
///
/// Shared by the parser and `JSONNumber(lexeme:)` so both accept exactly the
/// same texts. It only scans; building the lexeme is the caller's business.
enum JSONNumberGrammar {
    /// Outcome of scanning one number.
    enum ScanResult: Equatable {
        /// A number occupies `start..<end`; `isInteger` is false when it has a
        /// fraction or an exponent.
        case valid(end: Int, isInteger: Bool)
        /// The text is not a number; `offset` is the first offending byte.
        case invalid(offset: Int, message: String)
    }

    /// Scans the number starting at `start`, which must be in bounds. Stops at
    /// the first byte that cannot continue the number; what follows is left for
    /// the caller to judge.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ScanResult {
        let end = bytes.count
        var index = start
        if index < end, bytes[index] == ASCII.minus {
            index += 1
        }
        guard index < end, ASCII.isDigit(bytes[index]) else {
            return .invalid(offset: index, message: index > start ? "expected digit after '-'" : "expected digit")
        }
        if bytes[index] == ASCII.zero {
            index += 1
            if index < end, ASCII.isDigit(bytes[index]) {
                return .invalid(offset: index, message: "leading zeros are not allowed")
            }
        } else {
            index = skipDigits(bytes, from: index + 1)
        }
        var isInteger = true
        if index < end, bytes[index] == ASCII.period {
            isInteger = false
            index += 1
            guard index < end, ASCII.isDigit(bytes[index]) else {
                return .invalid(offset: index, message: "expected digit after decimal point")
            }
            index = skipDigits(bytes, from: index + 1)
        }
        if index < end, bytes[index] == ASCII.lowercaseE || bytes[index] == ASCII.uppercaseE {
            isInteger = false
            index += 1
            if index < end, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus {
                index += 1
            }
            guard index < end, ASCII.isDigit(bytes[index]) else {
                return .invalid(offset: index, message: "expected digit in exponent")
            }
            index = skipDigits(bytes, from: index + 1)
        }
        return .valid(end: index, isInteger: isInteger)
    }

    @inline(__always)
    private static func skipDigits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, ASCII.isDigit(bytes[index]) {
            index += 1
        }
        return index
    }
}
