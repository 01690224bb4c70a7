/// A Swift type that can be read from a result value.
///
/// The driver conforms `Bool`, `Int`, `Int16`, `Int32`, `Int64`, `Float`, `Double`,
/// `String`, `Date`, `UUID`, `[UInt8]`, `Data`, `Decimal`, `CalendarDate`, `EmailAddress` and `URL`, optionals of those (`NULL` becomes
/// `nil`) and one-dimensional arrays of them. Each conformance checks the column's
/// ``PostgresDataType`` and throws a ``DatabaseError/Kind/decoding`` error that names
/// the column and the Swift type when it cannot convert.
public protocol PostgresDecodable: Sendable {
    /// Reads the value from a cell in PostgreSQL's binary format.
    init(postgresCell cell: PostgresCell) throws(DatabaseError)
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    /// `NULL` becomes `nil`; anything else is decoded as `Wrapped`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        if cell.isNull {
            self = .none
        } else {
            self = .some(try Wrapped(postgresCell: cell))
        }
    }
}

extension PostgresCell {
    /// Throws unless the value is present.
    func requireValue<Value>(_ type: Value.Type) throws(DatabaseError) {
        if isNull { throw unexpectedNull(type) }
    }

    /// Reads any integer column (`int2`, `int4`, `int8`) widened to `Int64`.
    func integer<Value>(as type: Value.Type) throws(DatabaseError) -> Int64 {
        try requireValue(type)
        let value: Int64?
        switch dataType {
        case .int2: value = length == 2 ? readInteger(Int16.self).map(Int64.init) : nil
        case .int4: value = length == 4 ? readInteger(Int32.self).map(Int64.init) : nil
        case .int8: value = length == 8 ? readInteger(Int64.self) : nil
        default: throw typeMismatch(type)
        }
        guard let value else { throw invalidValue(type, reason: "unexpected length \(length)") }
        return value
    }
}
