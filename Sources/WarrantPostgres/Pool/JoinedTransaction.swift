/// The transaction an idempotent request's handler runs in (`PostgresIdempotencyStore`): while it is bound,
/// statements sent through its pool run in it, so the handler's writes commit with its recorded answer, or
/// not at all.
///
/// Bound only around the handler of a route that declares idempotency, and only for that transaction's
/// pool; everywhere else the pool hands out connections as usual.
enum JoinedTransaction {
    /// The transaction bound for the current task and its children.
    @TaskLocal static var current: PostgresTransaction?

    /// The bound transaction, if it belongs to `pool`.
    static func on(_ pool: PostgresPool) -> PostgresTransaction? {
        guard let current, current.pool === pool else { return nil }
        return current
    }
}
