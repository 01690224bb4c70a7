public import Foundation

/// Exact conversion between decimal text and Foundation's `Decimal`, without binary floating point.
///
/// `Decimal(string:)` is locale-sensitive on some platforms, accepts exponents and stops quietly at the first
/// character it does not understand, and `Double` cannot hold `0.1`: money read either way can change. Here
/// the text is checked against a grammar first, then its digits are assembled into a `Decimal` with integer
/// arithmetic, which is exact while the digits fit the 38 that `Decimal`'s 128-bit significand always holds.
public enum DecimalText {
    /// The most digits a decimal string may have (integer and fraction digits together, a leading `0`
    /// included): any 38-digit integer fits `Decimal`'s 128-bit significand, some 39-digit ones do not.
    public static let maximumDigits = 38

    /// The ECMA-262 pattern of exactly the strings ``parse(_:)`` accepts: an optional `-`, an integer part
    /// without leading zeros, an optional `.` with at least one digit, at most 38 digits in all.
    public static let pattern = #"^-?(?!(?:[0-9]\.?){39})(0|[1-9][0-9]*)(\.[0-9]+)?$"#

    /// Why a string is not a decimal.
    public enum Failure: Error, Sendable, Equatable {
        /// Not `-?digits(.digits)?`: a sign other than a leading `-`, an exponent, a leading zero, spaces, …
        case malformed
        /// More than ``DecimalText/maximumDigits`` digits.
        case tooManyDigits
    }

    /// The decimal `text` spells in the strict grammar of ``pattern``.
    public static func parse(_ text: some StringProtocol) -> Result<Decimal, Failure> {
        guard let number = DecimalDigits(text.utf8), !number.hasLeadingZero else { return .failure(.malformed) }
        guard number.digits.count <= maximumDigits else { return .failure(.tooManyDigits) }
        return .success(number.decimal(significand: number.digits, exponent: -number.fractionCount))
    }

    /// The decimal `text` spells when `Decimal` holds it exactly: the same grammar as ``parse(_:)`` except
    /// that leading zeros are allowed and only significant digits count (trailing zeros are dropped as the
    /// value does not change). For text another system wrote, such as PostgreSQL's `numeric(20,4)`'s `100.0000`.
    public static func exactValue(_ text: some StringProtocol) -> Decimal? {
        guard let number = DecimalDigits(text.utf8) else { return nil }
        var significand = number.digits.drop { $0 == 0 }
        var exponent = -number.fractionCount
        while significand.last == 0 {
            significand.removeLast()
            exponent += 1
        }
        guard significand.count <= maximumDigits else { return nil }
        // Decimal's exponent is an 8-bit integer.
        guard significand.isEmpty || (Int(Int8.min)...Int(Int8.max)).contains(exponent) else { return nil }
        return number.decimal(significand: significand, exponent: significand.isEmpty ? 0 : exponent)
    }

    /// The exact decimal text of `value`: `-` for negatives, no exponent, no trailing fraction zeros
    /// (`Decimal` keeps the value, not the scale: `100.00` is `100`). `Decimal.nan` is `NaN`.
    public static func string(_ value: Decimal) -> String {
        // Decimal's description is exact, locale-independent and never uses an exponent.
        value.description
    }
}

/// The digits of `-?[0-9]+(\.[0-9]+)?`, checked byte by byte.
private struct DecimalDigits {
    var negative = false
    /// Every digit, integer part then fraction, as values 0…9.
    var digits: ArraySlice<UInt8> = []
    /// How many of ``digits`` follow the point.
    var fractionCount = 0
    /// Whether the integer part has more than one digit and starts with `0`.
    var hasLeadingZero = false

    init?(_ utf8: some Collection<UInt8>) {
        var bytes = utf8[...]
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        let integer = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !integer.isEmpty else { return nil }
        hasLeadingZero = integer.count > 1 && integer.first == UInt8(ascii: "0")
        var all = Array(integer)
        bytes = bytes.dropFirst(integer.count)
        if bytes.first == UInt8(ascii: ".") {
            let fraction = bytes.dropFirst().prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !fraction.isEmpty else { return nil }
            all.append(contentsOf: fraction)
            fractionCount = fraction.count
            bytes = bytes.dropFirst(1 + fraction.count)
        }
        guard bytes.isEmpty else { return nil }
        digits = all.map { $0 - UInt8(ascii: "0") }[...]
    }

    /// `±significand × 10^exponent`, exact for up to 38 digits: two integers of at most 19 digits each
    /// (10^19 < 2^64), combined with one multiplication `Decimal` performs exactly.
    func decimal(significand: ArraySlice<UInt8>, exponent: Int) -> Decimal {
        let split = max(significand.startIndex, significand.endIndex - 19)
        func integer(_ digits: ArraySlice<UInt8>) -> UInt64 { digits.reduce(0) { $0 * 10 + UInt64($1) } }
        let high = Decimal(integer(significand[..<split]))
        let low = Decimal(integer(significand[split...]))
        var scale = Decimal(1)
        for _ in split..<significand.endIndex { scale *= 10 }
        let magnitude = high * scale + low
        // A zero is always positive: a negative sign on a zero significand is how NSDecimal spells NaN.
        let sign: FloatingPointSign = negative && magnitude != 0 ? .minus : .plus
        return Decimal(sign: sign, exponent: exponent, significand: magnitude)
    }
}
