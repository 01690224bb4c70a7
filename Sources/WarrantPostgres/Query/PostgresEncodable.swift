/// A Swift value that can be sent to PostgreSQL as a bind parameter.
///
/// Values are sent in PostgreSQL's binary format together with their declared
/// ``postgresDataType``, so the server never parses them as SQL. The driver conforms
/// `Bool`, `Int`, `Int16`, `Int32`, `Int64`, `Float`, `Double`, `String`, `Date`, `UUID`,
/// `[UInt8]` and `Data` (as `bytea`), `Decimal` (as `numeric`), `CalendarDate` (as `date`),
/// `EmailAddress` and `URL` (as `text`), optionals of those (`nil` is SQL `NULL`) and
/// arrays of them (see ``PostgresArrayElement``).
///
/// To send your own type, conform it by writing the binary form of an existing type,
/// for example a wrapper around `String` writes UTF-8 bytes and declares ``PostgresDataType/text``.
public protocol PostgresEncodable: Sendable {
    /// The PostgreSQL type the parameter is declared as.
    static var postgresDataType: PostgresDataType { get }

    /// Whether this value is SQL `NULL`; only `Optional.none` says yes.
    var isPostgresNull: Bool { get }

    /// Appends the value's binary representation (the type's `send` format).
    /// Not called when ``isPostgresNull`` is `true`.
    func encode(into buffer: inout PostgresEncodingBuffer)
}

extension PostgresEncodable {
    /// Values are not `NULL` unless they say so.
    public var isPostgresNull: Bool { false }
}
