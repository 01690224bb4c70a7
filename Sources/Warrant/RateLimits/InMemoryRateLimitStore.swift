import Foundation
import Synchronization

/// Rate-limit windows counted in this process's memory: right for one server, tests and development; behind
/// several instances, each counts alone (use `PostgresRateLimitStore`).
///
/// Bounded: counters of windows that have ended are dropped as new ones arrive.
public final class InMemoryRateLimitStore: RateLimitStore {
    private struct Counter {
        var windowStart: Date
        var windowEnd: Date
        var count: Int
    }

    private let counters = Mutex(SweptEntries<String, Counter>())

    /// An empty store.
    public init() {}

    /// Counts one request in the bucket's window.
    public func count(_ bucket: String, windowStart: Date, window: Int) async throws -> Int {
        counters.withLock { counters in
            counters.sweepIfGrown { $0.windowEnd > windowStart }
            var counter = counters[bucket] ?? Counter(windowStart: windowStart, windowEnd: windowStart, count: 0)
            if counter.windowStart != windowStart {
                counter = Counter(windowStart: windowStart, windowEnd: windowStart.addingTimeInterval(TimeInterval(window)), count: 0)
            }
            counter.windowEnd = windowStart.addingTimeInterval(TimeInterval(window))
            counter.count += 1
            counters[bucket] = counter
            return counter.count
        }
    }

    /// How many counters are kept (tests check the bound).
    var counterCount: Int { counters.withLock { $0.entries.count } }
}
