/// One pooled connection, leased to the closure of ``PostgresPool/withConnection(isolation:_:)``
/// or ``PostgresPool/transaction(isolation:_:)``.
///
/// Every statement run through it goes to the same server session, in order. It is only
/// valid inside the closure that received it: afterwards its statements fail with a
/// ``DatabaseError/Kind/other`` error instead of running on someone else's connection.
/// If the connection is lost, the rest of the closure's statements fail with
/// ``DatabaseError/Kind/connectionLost`` (the session, its transaction and its locks are gone).
public struct PostgresConnection: PostgresQueryable {
    let lease: Lease
    let core: PoolCore

    /// Runs one statement on this connection.
    public func query(_ sql: SQL) async throws(DatabaseError) -> PostgresResult {
        guard core.configuration.tracing else { return try await run(sql) }
        return try await StatementSpan.trace(sql.text) { () async throws(DatabaseError) -> PostgresResult in try await run(sql) }
    }

    private func run(_ sql: SQL) async throws(DatabaseError) -> PostgresResult {
        try await withUnsafeContinuation { (reply: Reply<PostgresResult>) in
            core.submit(.query(sql, reply), to: lease)
        }.get()
    }

    /// Runs a parameterless script on this connection.
    public func runScript(_ sql: SQL) async throws(DatabaseError) {
        let text = try sql.scriptText()
        _ = try await withUnsafeContinuation { (reply: Reply<PostgresResult>) in
            core.submit(.script(text, reply), to: lease)
        }.get()
    }
}
