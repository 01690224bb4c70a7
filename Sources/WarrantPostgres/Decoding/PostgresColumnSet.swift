/// The columns of one result, as a ``PostgresRowDecodable`` type looks them up: by the same names, and with
/// the same ``ColumnKeyDecoding``, that `Decodable` decoding matches coding keys with.
public struct PostgresColumnSet {
    let storage: ResultStorage
    let lookup: ColumnLookup

    init(storage: ResultStorage, keyDecoding: ColumnKeyDecoding) {
        self.storage = storage
        self.lookup = storage.columnLookup(keyDecoding)
    }

    /// The position of the column named `key`, which `type` cannot do without.
    ///
    /// Throws a ``DatabaseError/Kind/decoding`` error naming the column and `type` if the result has no such
    /// column, or several.
    public func required(_ key: String, of type: Any.Type) throws(DatabaseError) -> Int {
        guard let column = try optional(key, of: type) else {
            throw DatabaseError(.decoding, "result has no column \"\(key)\" for property \"\(key)\" of \(type)", sql: storage.sql)
        }
        return column
    }

    /// The position of the column named `key`, or `nil` if the result has none (an optional property then
    /// reads `nil`, as with JSON's absent keys). Several columns of that name are an error.
    public func optional(_ key: String, of type: Any.Type) throws(DatabaseError) -> Int? {
        guard let column = lookup.index(of: key) else { return nil }
        guard column != ColumnLookup.ambiguous else {
            throw DatabaseError(.decoding, "result has several columns named \"\(key)\"; alias them to decode \(type)", sql: storage.sql)
        }
        return column
    }
}
