/// A continuation that hands a caller its outcome; resumed exactly once, by a connection
/// thread or by the pool's timeout thread.
typealias Reply<Value> = UnsafeContinuation<Result<Value, DatabaseError>, Never>

/// Work a caller hands to a connection thread.
enum PoolJob: Sendable {
    /// A statement with bind parameters.
    case query(SQL, Reply<PostgresResult>)
    /// Statements without parameters, sent through the simple query protocol.
    case script(String, Reply<PostgresResult>)
    /// A request for exclusive use of one connection, optionally opening a transaction.
    case lease(beginStatement: String?, Reply<Lease>)
    /// The end of a lease, optionally ending its transaction first.
    case release(Lease, ending: TransactionEnding?, Reply<Void>)

    /// Resumes the caller with `error` without running anything.
    func fail(_ error: DatabaseError) {
        switch self {
        case .query(_, let reply), .script(_, let reply): reply.resume(returning: .failure(error))
        case .lease(_, let reply): reply.resume(returning: .failure(error))
        case .release(_, _, let reply): reply.resume(returning: .failure(error))
        }
    }
}

/// A job waiting in the pool's shared queue, with the moment it stops waiting.
struct QueuedJob: Sendable {
    let job: PoolJob
    /// Monotonic nanoseconds after which the job fails with ``DatabaseError/Kind/poolTimeout``.
    let deadline: UInt64
}

