/// The outcome of one statement: its rows (possibly none), column names and the
/// number of rows it affected.
///
/// Rows stay in libpq's memory and are decoded on demand, on the caller's task.
/// The result is immutable and may be shared between tasks.
public struct PostgresResult: Sendable, RandomAccessCollection {
    let storage: ResultStorage

    init(storage: ResultStorage) {
        self.storage = storage
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of rows.
    public var endIndex: Int { storage.rowCount }

    /// The row at `position` (0-based).
    public subscript(position: Int) -> PostgresRow {
        precondition(position >= 0 && position < storage.rowCount, "row index out of range")
        return PostgresRow(storage: storage, index: position)
    }

    /// The number of rows an `INSERT`, `UPDATE`, `DELETE`, `MERGE` or `SELECT` affected
    /// or returned; 0 for other statements.
    public var affectedRows: Int { storage.affectedRows }

    /// The server's command tag, such as `INSERT 0 1`, `UPDATE 3` or `CREATE TABLE`.
    public var commandTag: String { storage.commandTag }

    /// The column names, in order.
    public var columnNames: [String] { storage.columnLookup().names }

    /// The column types, in order.
    public var columnTypes: [PostgresDataType] {
        (0..<storage.columnCount).map(storage.columnType)
    }

    /// Decodes every row as `type`, matching coding keys to column names (as a single ``PostgresRow`` decodes: a missing column, `NULL` in a non-optional or a wrong type is an error naming the column).
    public func decode<Value: Decodable>(
        _ type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) throws(DatabaseError) -> [Value] {
        let lookup = storage.columnLookup(keyDecoding)
        var values: [Value] = []
        values.reserveCapacity(storage.rowCount)
        for row in 0..<storage.rowCount {
            values.append(try PostgresRow(storage: storage, index: row).decode(type, lookup: lookup))
        }
        return values
    }

    /// Decodes every row as a ``PostgresRowDecodable`` type: its columns are found once, then each row is
    /// read by position through the generated decoder.
    public func decode<Value: PostgresRowDecodable>(
        _ type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) throws(DatabaseError) -> [Value] {
        // No rows, no columns looked up: the same answer as the `Decodable` path for an empty result.
        guard storage.rowCount > 0 else { return [] }
        let columns = try Value.postgresColumns(in: PostgresColumnSet(storage: storage, keyDecoding: keyDecoding))
        var values: [Value] = []
        values.reserveCapacity(storage.rowCount)
        for row in 0..<storage.rowCount {
            values.append(try Value(postgresRow: PostgresRow(storage: storage, index: row), columns: columns))
        }
        return values
    }
}
