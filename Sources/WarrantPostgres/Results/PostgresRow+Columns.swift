/// Reading one column at a known position as any type: the calls ``Row()``'s generated decoders make.
///
/// Three overloads, so the compiler picks the direct read for a ``PostgresDecodable`` type and `Decodable`
/// (a raw-value enum, a `json` column) for the rest, with nothing decided at run time. The type may be left
/// to inference (`name = try row.decode(column: columns.name)`), which is how generated code reads a
/// property without naming its type: a nested type's name would not resolve at file scope, where the
/// generated extension is.
extension PostgresRow {
    /// Reads column `column` as a type that is both ``PostgresDecodable`` and `Decodable` (`String`, `Int64`,
    /// `Date`, …), directly.
    public func decode<Value: PostgresDecodable & Decodable>(_ type: Value.Type = Value.self, column: Int) throws(DatabaseError) -> Value {
        try Value(postgresCell: cell(at: column))
    }

    /// Reads column `column` as a `Decodable` type that is not ``PostgresDecodable``: a `String` or integer
    /// raw-value enum, a single-value wrapper, or any `Decodable` type from a `json`/`jsonb` column.
    public func decode<Value: Decodable>(_ type: Value.Type = Value.self, column: Int) throws(DatabaseError) -> Value {
        let cell = try cell(at: column)
        return try reportingDecodingErrors("\(cell.location) cannot be decoded as \(Value.self)") {
            try CellValueDecoding.decode(Value.self, from: cell)
        }
    }

    /// Reads column `column` as an optional ``PostgresDecodable`` and `Decodable` type: `nil` when the
    /// column is absent (`column` is `nil`) or `NULL`.
    public func decodeIfPresent<Value: PostgresDecodable & Decodable>(_ type: Value.Type = Value.self, column: Int?) throws(DatabaseError) -> Value? {
        try decodeDirectIfPresent(Value.self, column: column)
    }

    /// Reads column `column` as an optional ``PostgresDecodable`` type: `nil` when the column is absent or `NULL`.
    public func decodeIfPresent<Value: PostgresDecodable>(_ type: Value.Type = Value.self, column: Int?) throws(DatabaseError) -> Value? {
        try decodeDirectIfPresent(Value.self, column: column)
    }

    /// The direct read behind both ``PostgresDecodable`` overloads of `decodeIfPresent`: the first exists
    /// only so that a type which is also `Decodable` does not pick the `Decodable` one.
    private func decodeDirectIfPresent<Value: PostgresDecodable>(_ type: Value.Type, column: Int?) throws(DatabaseError) -> Value? {
        guard let column else { return nil }
        let cell = try cell(at: column)
        return cell.isNull ? nil : try Value(postgresCell: cell)
    }

    /// Reads column `column` as an optional `Decodable` type: `nil` when the column is absent or `NULL`.
    public func decodeIfPresent<Value: Decodable>(_ type: Value.Type = Value.self, column: Int?) throws(DatabaseError) -> Value? {
        guard let column else { return nil }
        if try cell(at: column).isNull { return nil }
        return try decode(Value.self, column: column)
    }

    /// Decodes the row as a ``PostgresRowDecodable`` type, through its generated decoder.
    public func decode<Value: PostgresRowDecodable>(
        _ type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) throws(DatabaseError) -> Value {
        let columns = try Value.postgresColumns(in: PostgresColumnSet(storage: storage, keyDecoding: keyDecoding))
        return try Value(postgresRow: self, columns: columns)
    }
}
