/// A pool of PostgreSQL connections over libpq: the entry point of `WarrantPostgres`.
///
/// ```swift
/// let pool = PostgresPool(configuration: .init(connectionString: databaseURL, poolSize: 8))
/// let todo = try await pool.queryFirst("SELECT id, title, done FROM todos WHERE id = \(id)", decoding: Todo.self)
/// try await pool.transaction { tx in
///     try await tx.execute("UPDATE accounts SET balance = balance - \(amount) WHERE id = \(from)")
///     try await tx.execute("UPDATE accounts SET balance = balance + \(amount) WHERE id = \(to)")
/// }
/// await pool.close()
/// ```
///
/// ## Threading model
/// libpq is blocking, so no libpq call ever runs on a Swift concurrency (cooperative)
/// thread or a SwiftNIO event loop. Each pooled connection is owned by a dedicated OS
/// thread. A caller's statement becomes a job in a mutex-protected FIFO queue; the caller
/// suspends on a continuation (no thread is blocked), the submitter wakes exactly one
/// idle connection thread through that thread's condition variable, and the thread runs
/// the statement with blocking libpq calls and resumes the continuation with the result.
/// That is two thread hand-offs per statement and no allocation beyond the statement's
/// parameter buffer, its SQL text and the result box. A busy thread takes the next queued
/// job without sleeping, so under load jobs are drained back to back.
///
/// When every connection is busy and statements are queued, a thread takes up to
/// ``PostgresConfiguration/pipelineDepth`` of them at once and sends them in one libpq
/// pipeline, each with its own sync point (so failures stay isolated): one write, one
/// server wake-up and one read for the lot. Only plain `SELECT`/`INSERT`/`UPDATE`/
/// `DELETE`/`WITH` statements are pipelined, so transaction control can never leak from
/// one caller's statement into another's. A statement pipelined behind a slow one waits
/// for it; under saturation it would have waited for a connection anyway.
///
/// Rows are decoded on the caller's task, straight out of libpq's result memory.
///
/// A separate timeout thread sleeps until the oldest queued job's deadline and fails jobs
/// that waited longer than ``PostgresConfiguration/acquireTimeout`` with
/// ``DatabaseError/Kind/poolTimeout``. Transactions lease one connection thread: its
/// jobs then come from the lease's own queue, so all statements of the transaction share
/// one session.
///
/// Cancelling a calling task does not interrupt its statement (the reply is simply
/// delivered); ``PostgresConfiguration/statementTimeout`` bounds how long one may run.
///
/// ## Recovery
/// Connections are opened lazily and reopened as needed. A thread that sat idle checks
/// its socket (without blocking) before using it, so connections killed by a server
/// restart are replaced before the next statement is sent. A statement that provably did
/// not run (the connection failed before sending it, or the server terminated the
/// session) is retried once on a fresh connection, outside transactions only. A statement
/// whose connection broke mid-flight fails with ``DatabaseError/Kind/connectionLost``;
/// the next one gets a new connection. The pool never needs to be recreated.
///
/// Close the pool with ``close()`` when done; it waits for queued and running work.
/// Releasing the last reference without closing also stops the threads, without waiting.
public final class PostgresPool: PostgresQueryable {
    let core: PoolCore

    /// The configuration the pool was created with.
    public var configuration: PostgresConfiguration { core.configuration }

    /// Creates the pool and starts its threads. Connections open on first use, so this
    /// neither blocks nor fails; an unreachable server shows up as
    /// ``DatabaseError/Kind/unavailable`` errors from the first statements.
    public init(configuration: PostgresConfiguration) {
        core = PoolCore(configuration: configuration)
        core.start()
    }

    deinit {
        core.close(nil)
    }

    /// Runs one statement on any free connection.
    public func query(_ sql: SQL) async throws(DatabaseError) -> PostgresResult {
        if let joined = JoinedTransaction.on(self) { return try await joined.query(sql) }
        guard core.configuration.tracing else { return try await run(sql) }
        return try await StatementSpan.trace(sql.text) { () async throws(DatabaseError) -> PostgresResult in try await run(sql) }
    }

    private func run(_ sql: SQL) async throws(DatabaseError) -> PostgresResult {
        try await withUnsafeContinuation { (reply: Reply<PostgresResult>) in
            core.submit(.query(sql, reply))
        }.get()
    }

    /// Runs a parameterless script on any free connection.
    public func runScript(_ sql: SQL) async throws(DatabaseError) {
        if let joined = JoinedTransaction.on(self) { return try await joined.runScript(sql) }
        let text = try sql.scriptText()
        _ = try await withUnsafeContinuation { (reply: Reply<PostgresResult>) in
            core.submit(.script(text, reply))
        }.get()
    }

    /// Runs `body` in a transaction: commits if it returns, rolls back if it throws.
    ///
    /// Inside an idempotent request's joined transaction (``PostgresIdempotencyStore``) it is a savepoint of that
    /// transaction instead, committed with it.
    ///
    /// Every statement run through the closure's connection belongs to the transaction.
    /// The closure's error is rethrown unchanged; a failing `COMMIT` throws its
    /// ``DatabaseError``, as does a commit of a transaction in which a statement had
    /// already failed (PostgreSQL rolls such a transaction back). For another isolation
    /// level, make `SET TRANSACTION ISOLATION LEVEL …` the closure's first statement.
    public func transaction<Value>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        if let joined = JoinedTransaction.on(self) {
            // Inside an idempotent request's transaction: a savepoint, committed with the request's.
            let savepoint = try await begin()
            let value: Value
            do {
                value = try await body(joined.connection)
            } catch {
                try? await savepoint.end(committing: false)
                throw error
            }
            try await savepoint.end(committing: true)
            return value
        }
        let lease = try await acquireLease(beginStatement: "BEGIN")
        let value: Value
        do {
            value = try await body(PostgresConnection(lease: lease, core: core))
        } catch {
            _ = await release(lease, ending: .rollback)
            throw error
        }
        try await release(lease, ending: .commit).get()
        return value
    }

    /// Runs `body` with one connection to itself, for statements that must share a session
    /// (advisory locks, temporary tables, `SET`). A transaction left open by the closure is
    /// rolled back when it returns.
    public func withConnection<Value>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        if let joined = JoinedTransaction.on(self) { return try await body(joined.connection) }
        let lease = try await acquireLease(beginStatement: nil)
        let value: Value
        do {
            value = try await body(PostgresConnection(lease: lease, core: core))
        } catch {
            _ = await release(lease, ending: nil)
            throw error
        }
        try await release(lease, ending: nil).get()
        return value
    }

    /// Stops accepting statements, waits for queued and running ones (and open leases) to
    /// finish, closes every connection and stops every thread. Statements submitted
    /// afterwards fail with ``DatabaseError/Kind/unavailable``.
    public func close() async {
        await withUnsafeContinuation { (waiter: UnsafeContinuation<Void, Never>) in
            core.close(waiter)
        }
    }

    func acquireLease(beginStatement: String?) async throws(DatabaseError) -> Lease {
        try await withUnsafeContinuation { (reply: Reply<Lease>) in
            core.submit(.lease(beginStatement: beginStatement, reply))
        }.get()
    }

    func release(_ lease: Lease, ending: TransactionEnding?) async -> Result<Void, DatabaseError> {
        await withUnsafeContinuation { (reply: Reply<Void>) in
            core.submit(.release(lease, ending: ending, reply), to: lease)
        }
    }
}
