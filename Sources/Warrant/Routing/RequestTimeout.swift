/// Bounds how long part of a request may take: a client sending its body byte by byte cannot hold a
/// request (and its resources) forever. Database work is bounded by its own statement timeout.
enum RequestTimeout {
    /// `operation`'s result, or a 503 problem when it takes longer than `limit` (the operation is cancelled).
    static func run<Value: Sendable>(limit: Duration, _ operation: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw Problem(status: .serviceUnavailable, detail: "The request took longer than the server allows; retry later.", headers: [.retryAfter: "1"])
            }
            return value
        }
    }
}
