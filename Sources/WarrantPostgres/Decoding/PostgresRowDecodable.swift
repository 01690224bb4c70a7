/// A type that reads itself from a result row by column position, with the positions found once per result.
///
/// ``Row()`` writes this conformance for a struct, so rows decode without `Decodable`'s machinery: no keyed
/// container per row and no column name matched per cell, just one call per column at a position found once.
/// Querying a type that conforms picks this path over `Decodable` on its own (the `query(_:decoding:)`
/// overloads that take a `PostgresRowDecodable` are more specific); a type without it still decodes
/// through `Decodable`, with the same column matching and the same errors.
///
/// Written by hand (for a generic wrapper, say), a conformance reads its columns in two steps:
///
/// ```swift
/// struct Tagged: PostgresRowDecodable {
///     var name: String
///     var note: String?
///
///     struct PostgresColumns {
///         let name: Int
///         let note: Int?
///     }
///
///     static func postgresColumns(in columns: PostgresColumnSet) throws(DatabaseError) -> PostgresColumns {
///         PostgresColumns(name: try columns.required("name", of: Self.self), note: try columns.optional("note", of: Self.self))
///     }
///
///     init(postgresRow row: PostgresRow, columns: PostgresColumns) throws(DatabaseError) {
///         name = try row.decode(String.self, column: columns.name)
///         note = try row.decodeIfPresent(String.self, column: columns.note)
///     }
/// }
/// ```
public protocol PostgresRowDecodable: Decodable {
    /// Where the type's columns are in one result.
    associatedtype PostgresColumns

    /// Finds the type's columns in a result; called once per result, before its rows are read.
    static func postgresColumns(in columns: PostgresColumnSet) throws(DatabaseError) -> PostgresColumns

    /// Reads one row at the positions ``postgresColumns(in:)`` found.
    init(postgresRow row: PostgresRow, columns: PostgresColumns) throws(DatabaseError)
}
