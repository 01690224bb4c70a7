import NIOCore
import NIOPosix

/// Bounds how long part of a request may take: a client sending its body byte by byte cannot hold a
/// request (and its resources) forever. Database work is bounded by its own statement timeout.
enum RequestTimeout {
    /// `operation`'s result, or a 408 problem when it takes longer than `limit` (the operation is cancelled):
    /// the client did not send its request in time.
    static func run<Value: Sendable>(limit: Duration, _ operation: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await elapse(limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw Problem(status: .requestTimeout, detail: "The request body did not arrive within the time the server allows.", headers: [.connection: "close"])
            }
            return value
        }
    }

    /// Returns after `duration`, or throws as soon as the task is cancelled.
    ///
    /// A NIO timer, not `Task.sleep`: a cancelled `Task.sleep` keeps its task's memory until the original
    /// deadline, which under load grows the heap by requests per second × the timeout (about 100 MiB at
    /// 7,000 writes a second with the 30 s default). A cancelled NIO timer is freed at once.
    static func elapse(_ duration: Duration) async throws {
        let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: TimeAmount(duration)) {}
        try await withTaskCancellationHandler {
            try await timer.futureResult.get()
        } onCancel: {
            timer.cancel()
        }
    }
}
