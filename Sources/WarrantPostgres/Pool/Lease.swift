/// Exclusive use of one connection thread, from ``PostgresPool/withConnection(isolation:_:)``
/// or ``PostgresPool/transaction(isolation:_:)`` until it is released.
///
/// A worker accepts jobs for a lease only while that very lease is active, so a
/// ``PostgresConnection`` that escapes its closure cannot run statements on a
/// connection that has since been handed to someone else.
final class Lease: Sendable {
    let worker: ConnectionWorker

    init(worker: ConnectionWorker) {
        self.worker = worker
    }
}
