import Foundation

/// Where rate-limit windows are counted: ``InMemoryRateLimitStore`` for one process, or a shared store
/// (`PostgresRateLimitStore`) so a limit holds across every instance and Lambda environment.
public protocol RateLimitStore: Sendable {
    /// Counts one request in `bucket`'s window that starts at `windowStart` and lasts `window` seconds,
    /// atomically, and returns the count including it.
    func count(_ bucket: String, windowStart: Date, window: Int) async throws -> Int
}
