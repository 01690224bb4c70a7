public import Warrant

/// A database transaction per request, for handlers that take `@Depends tx: PostgresTransaction`: begun on
/// first use, committed when the handler returns, rolled back when it throws — FastAPI's session dependency
/// with `yield`.
///
/// A failed commit fails the request (its error is the answer), so a handler never reports a write that
/// did not happen.
public struct PostgresTransactions: RequestDependency {
    /// The pool transactions are opened on.
    public let pool: PostgresPool

    /// Transactions on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// A transaction for the request, ended with its outcome.
    public func value<Access: AccessState>(for request: Request<Access>, in scope: DependencyScope) async throws -> PostgresTransaction {
        let transaction = try await pool.begin()
        scope.onExit { outcome in
            try await transaction.end(committing: outcome.succeeded)
        }
        return transaction
    }
}
