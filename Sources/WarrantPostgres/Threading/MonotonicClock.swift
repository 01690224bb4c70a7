#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the monotonic clock as plain nanoseconds.
///
/// Deadlines are stored as integers on every queued job; this is cheaper than
/// `ContinuousClock.Instant` arithmetic and matches what `PThreadCondition` waits on.
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
    }

    /// Converts a `Duration` to whole nanoseconds, clamped to zero and to `UInt64` range.
    static func nanoseconds(of duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        if seconds < 0 { return 0 }
        let whole = UInt64(clamping: seconds)
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return UInt64.max / 2 }
        return scaled &+ UInt64(attoseconds / 1_000_000_000)
    }
}
