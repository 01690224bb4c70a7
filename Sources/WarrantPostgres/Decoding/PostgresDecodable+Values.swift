import Foundation
import Warrant

extension Decimal: PostgresDecodable {
    /// Reads `numeric` exactly, through its decimal text (never through `Double`), or an integer type.
    /// `NaN`, the infinities and values needing more than 38 significant digits are errors: no
    /// `Decimal` equals them.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(Decimal.self)
        switch cell.dataType {
        case .numeric:
            guard let text = NumericFormatter.string(from: cell) else {
                throw cell.invalidValue(Decimal.self, reason: "malformed numeric")
            }
            guard let value = DecimalText.exactValue(text) else {
                let reason = ["NaN", "Infinity", "-Infinity"].contains(text)
                    ? "\(text) is not a number a Decimal can hold"
                    : "more than \(DecimalText.maximumDigits) significant digits do not fit a Decimal exactly"
                throw cell.invalidValue(Decimal.self, reason: reason)
            }
            self = value
        case .int2, .int4, .int8:
            self = Decimal(try cell.integer(as: Decimal.self))
        default:
            throw cell.typeMismatch(Decimal.self)
        }
    }
}

extension CalendarDate: PostgresDecodable {
    /// Reads `date`. `infinity`, `-infinity` and years outside 0…9999 are errors.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(CalendarDate.self)
        guard cell.dataType == .date else { throw cell.typeMismatch(CalendarDate.self) }
        guard cell.length == 4, let days = cell.readInteger(Int32.self) else {
            throw cell.invalidValue(CalendarDate.self, reason: "unexpected length \(cell.length)")
        }
        guard days != Int32.max, days != Int32.min,
              let date = CalendarDate(daysSince1970: Int(days) + PostgresTime.daysFrom1970To2000)
        else {
            throw cell.invalidValue(CalendarDate.self, reason: "infinite dates and years outside 0000-9999 have no CalendarDate")
        }
        self = date
    }
}

extension EmailAddress: PostgresDecodable {
    /// Reads a `text` or `varchar` column holding an address ``EmailAddress`` accepts.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(EmailAddress.self)
        guard cell.dataType == .text || cell.dataType == .varchar else { throw cell.typeMismatch(EmailAddress.self) }
        let text = try String(postgresCell: cell)
        guard let address = EmailAddress(text) else {
            throw cell.invalidValue(EmailAddress.self, reason: "not an email address")
        }
        self = address
    }
}

extension URL: PostgresDecodable {
    /// Reads a `text` or `varchar` column holding a URL the `URL` schema value accepts (absolute http or https).
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(URL.self)
        guard cell.dataType == .text || cell.dataType == .varchar else { throw cell.typeMismatch(URL.self) }
        let text = try String(postgresCell: cell)
        guard WebAddress.accepts(text), let url = URL(string: text) else {
            throw cell.invalidValue(URL.self, reason: "not an absolute http or https URL")
        }
        self = url
    }
}
