import Foundation

/// Conversions between `Date` and PostgreSQL's binary timestamps, which count
/// microseconds (or, for `date`, days) from 2000-01-01 00:00:00 UTC.
enum PostgresTime {
    /// Microseconds from 2000-01-01 (PostgreSQL's epoch) to 2001-01-01 (Foundation's
    /// reference date): 366 days, since 2000 was a leap year. Working from the reference
    /// date keeps the conversion to one floating-point rounding.
    static let referenceOffsetMicroseconds: Int64 = 366 * 86_400 * 1_000_000
    static let referenceOffsetDays: Int64 = 366
    /// Days from 1970-01-01 to 2000-01-01: 30 years of 365 days and 7 leap days.
    static let daysFrom1970To2000 = 10_957

    static func microseconds(from date: Date) -> Int64 {
        let microseconds = (date.timeIntervalSinceReferenceDate * 1_000_000).rounded()
        guard microseconds.isFinite,
            let whole = Int64(exactly: microseconds),
            whole < Int64.max - referenceOffsetMicroseconds
        else {
            return date.timeIntervalSinceReferenceDate < 0 ? Int64.min : Int64.max
        }
        return whole + referenceOffsetMicroseconds
    }

    /// `Int64.max` and `Int64.min` are PostgreSQL's `infinity` and `-infinity`.
    static func date(microseconds: Int64) -> Date {
        if microseconds == Int64.max { return .distantFuture }
        if microseconds == Int64.min { return .distantPast }
        let sinceReference = microseconds - referenceOffsetMicroseconds
        return Date(timeIntervalSinceReferenceDate: Double(sinceReference) / 1_000_000)
    }

    /// `Int32.max` and `Int32.min` are `date`'s `infinity` and `-infinity`.
    static func date(days: Int32) -> Date {
        if days == Int32.max { return .distantFuture }
        if days == Int32.min { return .distantPast }
        let sinceReference = Int64(days) - referenceOffsetDays
        return Date(timeIntervalSinceReferenceDate: Double(sinceReference) * 86_400)
    }
}
