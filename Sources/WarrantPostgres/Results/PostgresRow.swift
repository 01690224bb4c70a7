/// One row of a ``PostgresResult``.
public struct PostgresRow: Sendable {
    let storage: ResultStorage
    /// The row's position in its result (0-based).
    public let index: Int

    /// The number of columns.
    public var columnCount: Int { storage.columnCount }

    /// Reads column `column` (0-based) as `type`: the cheap way to get single values.
    ///
    /// ```swift
    /// let count = try result[0].decode(Int64.self, column: 0)
    /// ```
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, column: Int) throws(DatabaseError) -> Value {
        try Value(postgresCell: cell(at: column))
    }

    /// Reads the column named `column` as `type`.
    public func decode<Value: PostgresDecodable>(_ type: Value.Type, column: String) throws(DatabaseError) -> Value {
        try Value(postgresCell: cell(named: column, for: type))
    }

    /// Whether column `column` (0-based) is `NULL`; `false` if there is no such column.
    public func isNull(column: Int) -> Bool {
        guard column >= 0, column < storage.columnCount else { return false }
        return (try? cell(at: column))?.isNull ?? false
    }

    /// The raw cell at `column` (0-based), for custom decoding.
    public func cell(at column: Int) throws(DatabaseError) -> PostgresCell {
        guard column >= 0, column < storage.columnCount else {
            throw DatabaseError(.decoding, "column index \(column) is out of range; the result has \(storage.columnCount) columns", sql: storage.sql)
        }
        return PostgresCell(storage: storage, row: index, column: column)
    }

    /// Decodes the row as `type`, matching each coding key to the column of that name.
    ///
    /// - A key with no column is an error naming the column and the type, unless the
    ///   property is optional, in which case it is `nil` (as with JSON).
    /// - `NULL` into a non-optional property is an error naming the column.
    /// - A type mismatch names the column, its PostgreSQL type and the Swift type.
    /// - A type with a single-value `init(from:)` (such as `Int`) reads a one-column result.
    public func decode<Value: Decodable>(
        _ type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) throws(DatabaseError) -> Value {
        try decode(type, lookup: storage.columnLookup(keyDecoding))
    }

    func decode<Value: Decodable>(_ type: Value.Type, lookup: ColumnLookup) throws(DatabaseError) -> Value {
        let decoder = RowDecoder(storage: storage, row: index, lookup: lookup, rootType: Value.self)
        return try reportingDecodingErrors("cannot decode \(Value.self)") { try Value(from: decoder) }
    }

    /// Runs `body`, passing a ``DatabaseError`` through and turning anything else it throws into a
    /// `.decoding` one whose message starts with `subject` (built only on failure).
    func reportingDecodingErrors<Value>(
        _ subject: @autoclosure () -> String, _ body: () throws -> Value
    ) throws(DatabaseError) -> Value {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw error
        } catch let error as DecodingError {
            throw DatabaseError(.decoding, "\(subject()): \(DecodingErrorText.describe(error))", sql: storage.sql)
        } catch {
            throw DatabaseError(.decoding, "\(subject()): \(error)", sql: storage.sql)
        }
    }

    private func cell<Requested>(named name: String, for type: Requested.Type) throws(DatabaseError) -> PostgresCell {
        let lookup = storage.columnLookup(.useColumnNames)
        guard let column = lookup.index(of: name) else {
            throw DatabaseError(.decoding, "result has no column \"\(name)\" to decode \(Requested.self) from", sql: storage.sql)
        }
        guard column != ColumnLookup.ambiguous else {
            throw DatabaseError(.decoding, "result has several columns named \"\(name)\"", sql: storage.sql)
        }
        return PostgresCell(storage: storage, row: index, column: column)
    }
}
