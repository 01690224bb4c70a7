/// A transaction open on one pooled connection for as long as its owner needs — a request, through the
/// ``PostgresTransactions`` dependency — ended once with ``end(committing:)``.
///
/// Its statements all run in the transaction's session. After it ends they fail with
/// ``DatabaseError/Kind/other`` instead of running on a connection that has moved on.
///
/// Begun while an idempotent request's transaction is joined (``PostgresIdempotencyStore``), it is a savepoint in
/// that transaction instead: its writes are kept or undone with its end, and committed with the request's.
public final class PostgresTransaction: PostgresQueryable {
    let connection: PostgresConnection
    let pool: PostgresPool
    /// Whether this is a savepoint inside a joined transaction rather than a transaction of its own.
    private let isSavepoint: Bool

    init(connection: PostgresConnection, pool: PostgresPool, isSavepoint: Bool = false) {
        self.connection = connection
        self.pool = pool
        self.isSavepoint = isSavepoint
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
        guard !isSavepoint else {
            try await connection.runScript(SQL(committing ? "RELEASE SAVEPOINT warrant_nested" : "ROLLBACK TO SAVEPOINT warrant_nested; RELEASE SAVEPOINT warrant_nested"))
            return
        }
        try await pool.release(connection.lease, ending: committing ? .commit : .rollback).get()
    }
}

extension PostgresPool {
    /// Opens a transaction on a connection of its own, to end with ``PostgresTransaction/end(committing:)``.
    ///
    /// For a transaction bounded by a closure, ``transaction(isolation:_:)`` is simpler.
    public func begin() async throws(DatabaseError) -> PostgresTransaction {
        if let joined = JoinedTransaction.on(self) {
            try await joined.connection.runScript("SAVEPOINT warrant_nested")
            return PostgresTransaction(connection: joined.connection, pool: self, isSavepoint: true)
        }
        return try await beginOnItsOwn()
    }

    /// A transaction on a connection of its own, even while one is joined: an idempotency claim's.
    func beginOnItsOwn() async throws(DatabaseError) -> PostgresTransaction {
        let lease = try await acquireLease(beginStatement: "BEGIN")
        return PostgresTransaction(connection: PostgresConnection(lease: lease, core: core), pool: self)
    }
}
