import Foundation

/// A `Decoder` over one result row that matches coding keys to column names.
///
/// Column indices come from the result's shared ``ColumnLookup`` (built once per result),
/// and values are decoded straight from libpq's buffers: no dictionary per row.
struct RowDecoder: Decoder {
    let storage: ResultStorage
    let row: Int
    let lookup: ColumnLookup
    /// The type being decoded, for error messages.
    let rootType: Any.Type

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowKeyedContainer<Key>(decoder: self))
    }

    /// Columns in order, for types that decode positionally.
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let cells = (0..<storage.columnCount).map { PostgresCell(storage: storage, row: row, column: $0) }
        return CellSequenceContainer(cells: cells)
    }

    /// The only column of a one-column result, so `decode(Int.self)` reads `SELECT count(*)`.
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        guard storage.columnCount == 1 else {
            throw DatabaseError(
                .decoding,
                "\(rootType) decodes a single value but the result has \(storage.columnCount) columns",
                sql: storage.sql)
        }
        return CellValueContainer(cell: PostgresCell(storage: storage, row: row, column: 0))
    }

    /// The cell for a key, or a clear error naming the column and the requested type.
    func cell<Requested>(for key: some CodingKey, as requested: Requested.Type) throws(DatabaseError) -> PostgresCell {
        guard let column = lookup.index(of: key.stringValue) else {
            throw DatabaseError(
                .decoding,
                "result has no column \"\(key.stringValue)\" for property \"\(key.stringValue)\" (\(Requested.self)) of \(rootType)",
                sql: storage.sql)
        }
        guard column != ColumnLookup.ambiguous else {
            throw DatabaseError(
                .decoding,
                "result has several columns named \"\(key.stringValue)\"; alias them to decode \(rootType)",
                sql: storage.sql)
        }
        return PostgresCell(storage: storage, row: row, column: column)
    }
}
