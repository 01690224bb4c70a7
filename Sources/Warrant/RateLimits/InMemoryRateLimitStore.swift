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

    private struct State {
        var counters: [String: Counter] = [:]
        /// The size at which ended windows are next swept.
        var sweepAt = 1024
    }

    private let state = Mutex(State())

    /// An empty store.
    public init() {}

    /// Counts one request in the bucket's window.
    public func count(_ bucket: String, windowStart: Date, window: Int) async throws -> Int {
        state.withLock { state in
            if state.counters.count >= state.sweepAt {
                state.counters = state.counters.filter { $0.value.windowEnd > windowStart }
                state.sweepAt = max(1024, state.counters.count * 2)
            }
            var counter = state.counters[bucket] ?? Counter(windowStart: windowStart, windowEnd: windowStart, count: 0)
            if counter.windowStart != windowStart {
                counter = Counter(windowStart: windowStart, windowEnd: windowStart.addingTimeInterval(TimeInterval(window)), count: 0)
            }
            counter.windowEnd = windowStart.addingTimeInterval(TimeInterval(window))
            counter.count += 1
            state.counters[bucket] = counter
            return counter.count
        }
    }

    /// How many counters are kept (tests check the bound).
    var counterCount: Int { state.withLock { $0.counters.count } }
}
