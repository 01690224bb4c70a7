/// A transaction open on one pooled connection for as long as its owner needs — a request, through the
/// ``PostgresTransactions`` dependency — ended once with ``end(committing:)``.
///
/// Its statements all run in the transaction's session. After it ends they fail with
/// ``DatabaseError/Kind/other`` instead of running on a connection that has moved on.
public final class PostgresTransaction: PostgresQueryable {
    private let connection: PostgresConnection
    private let pool: PostgresPool

    init(connection: PostgresConnection, pool: PostgresPool) {
        self.connection = connection
        self.pool = pool
    }

    /// Runs one statement in the transaction.
    public func query(_ sql: SQL) async throws(DatabaseError) -> PostgresResult {
        try await connection.query(sql)
    }

    /// Runs a parameterless script in the transaction.
    public func runScript(_ sql: SQL) async throws(DatabaseError) {
        try await connection.runScript(sql)
    }

    /// Commits (or rolls back) and gives the connection back to the pool. A failed `COMMIT` throws: the
    /// transaction's writes did not happen.
    public func end(committing: Bool) async throws(DatabaseError) {
        try await pool.release(connection.lease, ending: committing ? .commit : .rollback).get()
    }
}

extension PostgresPool {
    /// Opens a transaction on a connection of its own, to end with ``PostgresTransaction/end(committing:)``.
    ///
    /// For a transaction bounded by a closure, ``transaction(isolation:_:)`` is simpler.
    public func begin() async throws(DatabaseError) -> PostgresTransaction {
        let lease = try await acquireLease(beginStatement: "BEGIN")
        return PostgresTransaction(connection: PostgresConnection(lease: lease, core: core), pool: self)
    }
}
