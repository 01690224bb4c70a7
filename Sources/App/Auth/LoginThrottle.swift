import Foundation
import Synchronization

/// Slows repeated failed sign-ins for one username: after `freeAttempts` failures within `window`,
/// each further attempt must wait an exponentially growing delay (capped). Successful sign-in resets it.
///
/// It counts by the submitted username whether or not the account exists, so it reveals nothing; memory
/// is bounded (the oldest entries are dropped first).
final class LoginThrottle: Sendable {
    private struct Entry {
        var failures: Int
        var lastFailure: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    let freeAttempts: Int
    let window: TimeInterval
    let baseDelay: TimeInterval
    let maximumDelay: TimeInterval
    let capacity: Int
    let now: @Sendable () -> Date

    init(
        freeAttempts: Int = 5,
        window: TimeInterval = 900,
        baseDelay: TimeInterval = 1,
        maximumDelay: TimeInterval = 900,
        capacity: Int = 10_000,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.freeAttempts = freeAttempts
        self.window = window
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.capacity = capacity
        self.now = now
    }

    /// Seconds the caller must still wait before trying `username` again; 0 when an attempt is allowed.
    func wait(for username: String) -> Int {
        let key = username.lowercased()
        let now = self.now()
        return entries.withLock { entries in
            guard let entry = entries[key], now.timeIntervalSince(entry.lastFailure) < window else { return 0 }
            let remaining = entry.lastFailure.addingTimeInterval(delay(after: entry.failures)).timeIntervalSince(now)
            return remaining > 0 ? Int(remaining.rounded(.up)) : 0
        }
    }

    /// Records a failed attempt.
    func recordFailure(for username: String) {
        let key = username.lowercased()
        let now = self.now()
        entries.withLock { entries in
            var entry = entries[key] ?? Entry(failures: 0, lastFailure: now)
            if now.timeIntervalSince(entry.lastFailure) >= window { entry.failures = 0 }
            entry.failures += 1
            entry.lastFailure = now
            entries[key] = entry
            if entries.count > capacity, let oldest = entries.min(by: { $0.value.lastFailure < $1.value.lastFailure })?.key {
                entries[oldest] = nil
            }
        }
    }

    /// Forgets the failures of `username` (after a successful sign-in).
    func reset(for username: String) {
        let key = username.lowercased()
        entries.withLock { _ = $0.removeValue(forKey: key) }
    }

    /// 0 for the free attempts, then base × 2^(extra failures − 1), capped.
    private func delay(after failures: Int) -> TimeInterval {
        guard failures >= freeAttempts else { return 0 }
        let exponent = min(failures - freeAttempts, 20)
        return min(baseDelay * pow(2, Double(exponent)), maximumDelay)
    }
}
