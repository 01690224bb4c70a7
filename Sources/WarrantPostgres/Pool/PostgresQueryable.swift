/// Something statements can be run on: a ``PostgresPool`` (any free connection) or a
/// ``PostgresConnection`` (one leased connection, e.g. inside a transaction).
public protocol PostgresQueryable: Sendable {
    /// Runs one statement and returns its result.
    func query(_ sql: SQL) async throws(DatabaseError) -> PostgresResult

    /// Runs one or more `;`-separated statements without parameters through the simple
    /// query protocol, e.g. a migration. Throws if `sql` has parameters.
    func runScript(_ sql: SQL) async throws(DatabaseError)
}

extension PostgresQueryable {
    /// Runs a statement and returns how many rows it inserted, updated, deleted or returned.
    @discardableResult
    public func execute(_ sql: SQL) async throws(DatabaseError) -> Int {
        try await query(sql).affectedRows
    }

    /// Runs a query and decodes every row as `type`, matching coding keys to column names.
    public func query<Value: Decodable>(
        _ sql: SQL, decoding type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) async throws(DatabaseError) -> [Value] {
        try await query(sql).decode(type, keyDecoding: keyDecoding)
    }

    /// Runs a query and decodes its first row as `type`, or returns `nil` if there is none.
    public func queryFirst<Value: Decodable>(
        _ sql: SQL, decoding type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) async throws(DatabaseError) -> Value? {
        let result = try await query(sql)
        guard let row = result.first else { return nil }
        return try row.decode(type, keyDecoding: keyDecoding)
    }

    /// Runs a query and decodes every row as a ``PostgresRowDecodable`` type (a ``Row()`` struct), by position.
    public func query<Value: PostgresRowDecodable>(
        _ sql: SQL, decoding type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) async throws(DatabaseError) -> [Value] {
        try await query(sql).decode(type, keyDecoding: keyDecoding)
    }

    /// Runs a query and decodes its first row as a ``PostgresRowDecodable`` type, or returns `nil` if there is none.
    public func queryFirst<Value: PostgresRowDecodable>(
        _ sql: SQL, decoding type: Value.Type, keyDecoding: ColumnKeyDecoding = .useColumnNames
    ) async throws(DatabaseError) -> Value? {
        let result = try await query(sql)
        guard let row = result.first else { return nil }
        return try row.decode(type, keyDecoding: keyDecoding)
    }

    /// Runs a query and reads the first column of its first row, e.g. `SELECT count(*) …`.
    /// Throws a ``DatabaseError/Kind/decoding`` error if there is no row.
    public func queryValue<Value: PostgresDecodable>(
        _ sql: SQL, as type: Value.Type
    ) async throws(DatabaseError) -> Value {
        let result = try await query(sql)
        guard let row = result.first else {
            throw DatabaseError(.decoding, "the query returned no row to read \(Value.self) from", sql: sql.text)
        }
        return try row.decode(type, column: 0)
    }
}

extension SQL {
    /// The script text, or an error if the statement has parameters (scripts cannot).
    func scriptText() throws(DatabaseError) -> String {
        guard parameterCount == 0 else {
            throw DatabaseError(.other, "a script cannot have bind parameters", sql: text)
        }
        return text
    }
}
