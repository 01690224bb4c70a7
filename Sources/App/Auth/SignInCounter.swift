import Foundation

/// One count of failed sign-ins — of an account, or of an account from one client — and the attempts in
/// flight: the arithmetic both limiters share.
struct SignInCounter: Sendable, Equatable {
    var failures = 0
    var lastFailure = Date.distantPast
    var pending = 0

    /// The counter at `now`: failures older than the window are forgotten.
    mutating func expire(at now: Date, window: TimeInterval) {
        if failures > 0, now.timeIntervalSince(lastFailure) >= window { failures = 0 }
    }

    /// Seconds to wait before another attempt, with `free` failures allowed; 0 to go ahead.
    func wait(at now: Date, free: Int, limits: SignInLimits) -> Int {
        guard failures + pending >= free else { return 0 }
        // Past the free attempts, one at a time: the next waits for the one in flight.
        if pending > 0 { return 1 }
        let remaining = lastFailure.addingTimeInterval(limits.delay(after: failures, free: free)).timeIntervalSince(now)
        return remaining > 0 ? Int(remaining.rounded(.up)) : 0
    }

    /// Records a failure at `now`.
    mutating func fail(at now: Date, window: TimeInterval) {
        expire(at: now, window: window)
        failures += 1
        lastFailure = now
    }

    /// Nothing counted and nothing in flight: the counter can go.
    var isIdle: Bool { failures == 0 && pending == 0 }
}
