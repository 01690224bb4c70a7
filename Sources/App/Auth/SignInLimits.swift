import Foundation

/// The sign-in limits, as docs/security.md states them.
///
/// - Per account and client: `perClientFreeFailures` failures, then each further attempt waits a delay that
///   doubles from `baseDelay` up to `maximumDelay`; at most one attempt at a time is in flight once the free
///   ones are used up.
/// - Per account, from clients it has not signed in from recently: the same, after `perAccountFreeFailures`
///   failures (looser: many clients add up). Clients the account signed in from within `knownClientLifetime`
///   are exempt, so an attacker cannot lock a user out of the devices they use.
/// - Failures are forgotten `window` after the last one.
public struct SignInLimits: Sendable, Equatable {
    /// Free failures per account and client.
    public var perClientFreeFailures: Int
    /// Free failures per account, from clients it has not signed in from.
    public var perAccountFreeFailures: Int
    /// Failures are forgotten this long after the last one.
    public var window: TimeInterval
    /// The first delay after the free failures; it doubles with each further failure.
    public var baseDelay: TimeInterval
    /// The longest delay.
    public var maximumDelay: TimeInterval
    /// How long a client the account signed in from stays exempt from the per-account limit.
    public var knownClientLifetime: TimeInterval
    /// Password hashes (Argon2id) running or queued at once, across all accounts; beyond, 503.
    public var maximumPendingHashes: Int

    /// The defaults: 5 per client, 20 per account, a 15-minute window, delays from 1 s to 15 min, known
    /// clients for 30 days, 16 hashes at once.
    public init(
        perClientFreeFailures: Int = 5, perAccountFreeFailures: Int = 20, window: TimeInterval = 900,
        baseDelay: TimeInterval = 1, maximumDelay: TimeInterval = 900, knownClientLifetime: TimeInterval = 30 * 86_400,
        maximumPendingHashes: Int = 16
    ) {
        self.perClientFreeFailures = perClientFreeFailures
        self.perAccountFreeFailures = perAccountFreeFailures
        self.window = window
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.knownClientLifetime = knownClientLifetime
        self.maximumPendingHashes = maximumPendingHashes
    }

    /// The wait after `failures` failures with `free` allowed: 0 within the free ones, then
    /// `baseDelay` × 2^(extra − 1)… capped.
    func delay(after failures: Int, free: Int) -> TimeInterval {
        guard failures >= free else { return 0 }
        let exponent = min(failures - free, 20)
        return min(baseDelay * pow(2, Double(exponent)), maximumDelay)
    }
}
