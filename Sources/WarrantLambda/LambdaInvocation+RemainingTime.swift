#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension LambdaInvocation {
    /// The time left before Lambda stops the invocation, measured against the wall clock
    /// because the deadline is a wall-clock timestamp; never negative.
    public var remainingTime: Duration {
        let nowMilliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        return .milliseconds(max(0, self.deadlineMilliseconds - nowMilliseconds))
    }
}
