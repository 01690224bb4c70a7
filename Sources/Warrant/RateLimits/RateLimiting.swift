import Foundation

/// Where an API counts its ``RateLimit``s and what time it is: `api.rateLimits = RateLimiting(store:
/// PostgresRateLimitStore(database: pool))` to share the counts between instances.
public struct RateLimiting: Sendable {
    /// Where the windows are counted.
    public var store: any RateLimitStore
    /// The current time (a test moves it).
    public var now: @Sendable () -> Date

    /// Counting in `store` (this process's memory by default) by the clock `now`.
    public init(store: any RateLimitStore = InMemoryRateLimitStore(), now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.now = now
    }
}
