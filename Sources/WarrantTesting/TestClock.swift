public import Foundation
import Synchronization

/// A clock a test sets and moves by hand: pass `clock.now` where the app takes a time source.
///
/// ```swift
/// let clock = TestClock()
/// let app = try await TestApp { $0.now = clock.now }
/// clock.advance(by: 3601)   // every token issued so far has expired
/// ```
public final class TestClock: Sendable {
    private let current: Mutex<Date>

    /// A clock starting at `start` (by default, the real current time).
    public init(_ start: Date = Date()) {
        current = Mutex(start)
    }

    /// The clock's time, as a time source.
    public var now: @Sendable () -> Date {
        { self.current.withLock { $0 } }
    }

    /// Moves the clock forward (or back, with a negative interval).
    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sets the clock.
    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}
