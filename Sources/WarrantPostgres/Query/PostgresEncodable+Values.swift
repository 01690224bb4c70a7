import Foundation
import Warrant

extension Decimal: PostgresEncodable {
    /// Bound as `numeric`.
    public static var postgresDataType: PostgresDataType { .numeric }
    /// Writes the exact value in `numeric`'s binary form, from its decimal text (never through `Double`).
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        NumericEncoder.write(DecimalText.string(self), into: &buffer)
    }
}

extension CalendarDate: PostgresEncodable {
    /// Bound as `date`.
    public static var postgresDataType: PostgresDataType { .date }
    /// Writes the days since 2000-01-01, PostgreSQL's date epoch, as a 32-bit integer.
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.writeInteger(Int32(daysSince1970 - PostgresTime.daysFrom1970To2000))
    }
}

extension EmailAddress: PostgresEncodable {
    /// Bound as `text`.
    public static var postgresDataType: PostgresDataType { .text }
    /// Writes `local@domain`, the domain lower-cased.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeString(description) }
}

extension URL: PostgresEncodable {
    /// Bound as `text`.
    public static var postgresDataType: PostgresDataType { .text }
    /// Writes `absoluteString`.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeString(absoluteString) }
}
