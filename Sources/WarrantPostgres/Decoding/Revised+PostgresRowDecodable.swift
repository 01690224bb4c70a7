import Warrant

/// A `Revised<Todo>` of a ``Row()`` type decodes by position too: the value's columns, then `revision`.
extension Revised: PostgresRowDecodable where Value: PostgresRowDecodable {
    /// The value's columns and the position of the `revision` column.
    public struct PostgresColumns {
        let value: Value.PostgresColumns
        let revision: Int
    }

    /// Finds the value's columns and the `revision` column.
    public static func postgresColumns(in columns: PostgresColumnSet) throws(DatabaseError) -> PostgresColumns {
        PostgresColumns(value: try Value.postgresColumns(in: columns), revision: try columns.required("revision", of: Self.self))
    }

    /// Reads the value, then its revision.
    public init(postgresRow row: PostgresRow, columns: PostgresColumns) throws(DatabaseError) {
        self.init(try Value(postgresRow: row, columns: columns.value), revision: try row.decode(Int64.self, column: columns.revision))
    }
}
