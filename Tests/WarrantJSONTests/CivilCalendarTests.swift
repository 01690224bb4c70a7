import Testing
@testable import WarrantJSON

@Suite("Civil calendar arithmetic")
struct CivilCalendarTests {
    @Test("known day numbers")
    func knownDays() {
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 1, month: 1, day: 1) == -719_162)
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 0, month: 3, day: 1) == -719_468)
        #expect(CivilCalendar.daysSinceUnixEpoch(year: 9999, month: 12, day: 31) == 2_932_896)
    }

    @Test("every day of years 0000–9999 converts both ways, one day apart")
    func exhaustive() {
        var expectedDays = CivilCalendar.daysSinceUnixEpoch(year: 0, month: 1, day: 1)
        var mismatches = 0
        for year in 0...9999 {
            for month in 1...12 {
                for day in 1...CivilCalendar.daysInMonth(month, year: year) {
                    let days = CivilCalendar.daysSinceUnixEpoch(year: year, month: month, day: day)
                    let back = CivilCalendar.date(daysSinceUnixEpoch: days)
                    if days != expectedDays || back.year != year || back.month != month || back.day != day {
                        mismatches += 1
                    }
                    expectedDays += 1
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test("leap year rules")
    func leapYears() {
        #expect(CivilCalendar.isLeapYear(2024))
        #expect(CivilCalendar.isLeapYear(2000))
        #expect(CivilCalendar.isLeapYear(0))
        #expect(!CivilCalendar.isLeapYear(1900))
        #expect(!CivilCalendar.isLeapYear(2023))
        #expect(CivilCalendar.daysInMonth(2, year: 2024) == 29)
        #expect(CivilCalendar.daysInMonth(2, year: 2023) == 28)
        #expect(CivilCalendar.daysInMonth(4, year: 2023) == 30)
        #expect(CivilCalendar.daysInMonth(12, year: 2023) == 31)
    }

    @Test("floor division rounds towards negative infinity")
    func floorDivision() {
        #expect(CivilCalendar.floorDivide(7, by: 2) == 3)
        #expect(CivilCalendar.floorDivide(-7, by: 2) == -4)
        #expect(CivilCalendar.floorDivide(-8, by: 2) == -4)
        #expect(CivilCalendar.floorDivide(0, by: 400) == 0)
        #expect(CivilCalendar.floorDivide(-1, by: 86_400) == -1)
    }
}
