#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Strict RFC 3339 timestamps without Foundation's date formatters, which are
/// slow and accept more than the format allows.
///
/// Accepted: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)` with uppercase
/// `T` and `Z` only, years 0000–9999, real calendar dates (29 February only in
/// leap years), hours below 24, minutes below 60, and offsets up to ±23:59.
/// `-00:00` is accepted and means UTC.
///
/// Decisions:
/// - Second `60` (a leap second) is rejected: `Date` cannot represent it, and
///   clamping would silently move the instant.
/// - Fractions may have any number of digits (at least one); digits beyond
///   the sixth are read and dropped (truncated, not rounded), keeping
///   microsecond precision.
public enum RFC3339 {
    /// Seconds from 1970-01-01 to 2001-01-01, `Date`'s reference date.
    static let unixToReferenceDate: Int64 = 978_307_200
    /// Seconds from 1970 to 0000-01-01T00:00:00Z, the earliest formattable instant.
    static let earliestUnixSecond = Int64(CivilCalendar.daysSinceUnixEpoch(year: 0, month: 1, day: 1)) * 86_400
    /// Seconds from 1970 to 9999-12-31T23:59:59Z, the latest formattable second.
    static let latestUnixSecond = Int64(CivilCalendar.daysSinceUnixEpoch(year: 9999, month: 12, day: 31)) * 86_400 + 86_399
    /// Length of `2026-11-24T21:42:07Z`.
    static let wholeSecondLength = 20
    /// Length of `2026-11-24T21:42:07.123456Z`.
    static let fractionalLength = 27

    /// Parses a timestamp, or returns `nil` when `text` is not exactly one
    /// valid RFC 3339 date-time.
    @inlinable
    public static func parse(_ text: some StringProtocol) -> Date? {
        if let parsed = text.utf8.withContiguousStorageIfAvailable({ parse(utf8: $0) }) {
            return parsed
        }
        return Array(text.utf8).withUnsafeBufferPointer { parse(utf8: $0) }
    }

    /// Formats `date` in UTC as `2026-11-24T21:42:07Z`, or with
    /// `fractionalSeconds` as `2026-11-24T21:42:07.123456Z`.
    ///
    /// Without a fraction, sub-second parts are truncated. Instants outside
    /// years 0000–9999 (and non-finite dates) are clamped to the nearest
    /// representable instant, NaN to the earliest.
    public static func format(_ date: Date, fractionalSeconds: Bool = false) -> String {
        let capacity = fractionalSeconds ? fractionalLength : wholeSecondLength
        return String(unsafeUninitializedCapacity: capacity) { target in
            guard let base = target.baseAddress else { return 0 }
            return write(date, fractionalSeconds: fractionalSeconds, into: UnsafeMutableRawPointer(base))
        }
    }

    // MARK: - Parsing

    /// Parses the UTF-8 of a timestamp.
    @usableFromInline
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count >= wholeSecondLength,
              let year = digits(bytes, 0, 4), bytes[4] == ASCII.minus,
              let month = digits(bytes, 5, 2), bytes[7] == ASCII.minus,
              let day = digits(bytes, 8, 2), bytes[10] == ASCII.uppercaseT,
              let hour = digits(bytes, 11, 2), bytes[13] == ASCII.colon,
              let minute = digits(bytes, 14, 2), bytes[16] == ASCII.colon,
              let second = digits(bytes, 17, 2)
        else { return nil }
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }

        var position = 19
        var microseconds = 0
        if bytes[position] == ASCII.period {
            position += 1
            let fractionStart = position
            while position < bytes.count, ASCII.isDigit(bytes[position]) {
                if position - fractionStart < 6 {
                    microseconds = microseconds * 10 + Int(bytes[position] - ASCII.zero)
                }
                position += 1
            }
            let fractionDigits = position - fractionStart
            guard fractionDigits > 0 else { return nil }
            for _ in min(fractionDigits, 6)..<6 {
                microseconds *= 10
            }
        }

        guard position < bytes.count else { return nil }
        var offsetSeconds = 0
        switch bytes[position] {
        case ASCII.uppercaseZ:
            position += 1
        case ASCII.plus, ASCII.minus:
            let sign = bytes[position] == ASCII.minus ? -1 : 1
            guard bytes.count - position == 6,
                  let offsetHour = digits(bytes, position + 1, 2), bytes[position + 3] == ASCII.colon,
                  let offsetMinute = digits(bytes, position + 4, 2),
                  offsetHour < 24, offsetMinute < 60
            else { return nil }
            offsetSeconds = sign * (offsetHour * 3_600 + offsetMinute * 60)
            position += 6
        default:
            return nil
        }
        guard position == bytes.count else { return nil }

        let days = CivilCalendar.daysSinceUnixEpoch(year: year, month: month, day: day)
        // Local time minus its offset from UTC gives UTC.
        let unixSeconds = Int64(days) * 86_400 + Int64(hour * 3_600 + minute * 60 + second) - Int64(offsetSeconds)
        return Date(
            timeIntervalSinceReferenceDate: Double(unixSeconds - unixToReferenceDate) + Double(microseconds) / 1_000_000)
    }

    /// The value of `count` ASCII digits at `start`, or `nil` if any is not a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for position in start..<(start + count) {
            let byte = bytes[position]
            guard ASCII.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - ASCII.zero)
        }
        return value
    }

    // MARK: - Formatting

    /// Writes the timestamp into `target`, which must hold `fractionalLength`
    /// bytes, and returns the number of bytes written.
    static func write(_ date: Date, fractionalSeconds: Bool, into target: UnsafeMutableRawPointer) -> Int {
        let (unixSeconds, microseconds) = clampedUnixTime(date)
        let days = CivilCalendar.floorDivide(Int(unixSeconds), by: 86_400)
        let secondOfDay = Int(unixSeconds) - days * 86_400
        let (year, month, day) = CivilCalendar.date(daysSinceUnixEpoch: days)

        IntegerFormatting.writePadded(year, width: 4, into: target, at: 0)
        target.storeBytes(of: ASCII.minus, toByteOffset: 4, as: UInt8.self)
        IntegerFormatting.writePadded(month, width: 2, into: target, at: 5)
        target.storeBytes(of: ASCII.minus, toByteOffset: 7, as: UInt8.self)
        IntegerFormatting.writePadded(day, width: 2, into: target, at: 8)
        target.storeBytes(of: ASCII.uppercaseT, toByteOffset: 10, as: UInt8.self)
        IntegerFormatting.writePadded(secondOfDay / 3_600, width: 2, into: target, at: 11)
        target.storeBytes(of: ASCII.colon, toByteOffset: 13, as: UInt8.self)
        IntegerFormatting.writePadded(secondOfDay / 60 % 60, width: 2, into: target, at: 14)
        target.storeBytes(of: ASCII.colon, toByteOffset: 16, as: UInt8.self)
        IntegerFormatting.writePadded(secondOfDay % 60, width: 2, into: target, at: 17)
        guard fractionalSeconds else {
            target.storeBytes(of: ASCII.uppercaseZ, toByteOffset: 19, as: UInt8.self)
            return wholeSecondLength
        }
        target.storeBytes(of: ASCII.period, toByteOffset: 19, as: UInt8.self)
        IntegerFormatting.writePadded(microseconds, width: 6, into: target, at: 20)
        target.storeBytes(of: ASCII.uppercaseZ, toByteOffset: 26, as: UInt8.self)
        return fractionalLength
    }

    /// Whole Unix seconds and rounded microseconds of `date`, clamped to
    /// years 0000–9999.
    private static func clampedUnixTime(_ date: Date) -> (seconds: Int64, microseconds: Int) {
        let interval = date.timeIntervalSinceReferenceDate
        let earliest = Double(earliestUnixSecond - unixToReferenceDate)
        let latest = Double(latestUnixSecond - unixToReferenceDate)
        guard !interval.isNaN, interval >= earliest else { return (earliestUnixSecond, 0) }
        guard interval < latest + 1 else { return (latestUnixSecond, 999_999) }
        // Split before shifting epochs so no precision is lost to the shift.
        let whole = interval.rounded(.down)
        var seconds = Int64(whole) + unixToReferenceDate
        var microseconds = Int(((interval - whole) * 1_000_000).rounded())
        if microseconds == 1_000_000 {
            seconds += 1
            microseconds = 0
        }
        if seconds > latestUnixSecond {
            return (latestUnixSecond, 999_999)
        }
        return (seconds, microseconds)
    }
}
