/// Proleptic Gregorian calendar arithmetic on plain integers, used by the
/// RFC 3339 code and `Warrant`'s `CalendarDate` instead of Foundation's `Calendar` (slow, locale-aware, and
/// more than a timestamp needs).
///
/// Both conversions shift the year to start on 1 March, which puts the leap
/// day at the very end of the shifted year: month lengths then follow a fixed
/// 5-month pattern (31, 30, 31, 30, 31 …) and only the year length varies.
/// Years are grouped into 400-year cycles of 146,097 days, inside which the
/// leap rules are plain integer divisions.
package enum CivilCalendar {
    /// Days in a 400-year Gregorian cycle: 400 × 365 + 97 leap days.
    static let daysPerCycle = 146_097
    /// Days from 0000-03-01 (start of the shifted year 0) to 1970-01-01.
    static let daysFromShiftedEpochToUnixEpoch = 719_468

    /// Whether `year` has 29 February.
    package static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Number of days in `month` (1…12) of `year`.
    package static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the given date (negative before it). The date
    /// must be valid.
    package static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let cycle = floorDivide(shiftedYear, by: 400)
        let yearOfCycle = shiftedYear - cycle * 400  // 0…399
        let monthFromMarch = (month + 9) % 12  // March = 0 … February = 11
        // 153 days per 5 months: (153 m + 2) / 5 is the first day of month m.
        let dayOfShiftedYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfCycle = yearOfCycle * 365 + yearOfCycle / 4 - yearOfCycle / 100 + dayOfShiftedYear
        return cycle * daysPerCycle + dayOfCycle - daysFromShiftedEpochToUnixEpoch
    }

    /// The date `days` days after 1970-01-01.
    package static func date(daysSinceUnixEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shiftedDays = days + daysFromShiftedEpochToUnixEpoch
        let cycle = floorDivide(shiftedDays, by: daysPerCycle)
        let dayOfCycle = shiftedDays - cycle * daysPerCycle  // 0…146096
        // Undo the leap-day corrections (every 4 years of 1461 days, except
        // centuries of 36524 days, except the cycle's last day) to find the year.
        let yearOfCycle = (dayOfCycle - dayOfCycle / 1_460 + dayOfCycle / 36_524 - dayOfCycle / 146_096) / 365
        let dayOfShiftedYear = dayOfCycle - (365 * yearOfCycle + yearOfCycle / 4 - yearOfCycle / 100)
        let monthFromMarch = (5 * dayOfShiftedYear + 2) / 153
        let day = dayOfShiftedYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Division rounding towards negative infinity, for dates before 1970.
    static func floorDivide(_ value: Int, by divisor: Int) -> Int {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
