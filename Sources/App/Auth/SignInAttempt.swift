import Foundation

/// One sign-in attempt, as the limiter counts it: which account, from which client.
struct SignInAttempt: Sendable, Hashable {
    /// The account: `user:<id>` for an existing account — so every spelling of its email shares one count —
    /// or `unknown:<lowercased username>` for none (counted the same way, so limits reveal nothing).
    let account: String
    /// The client's address (`unknown` when it cannot be told).
    let client: String

    /// The attempt on the account `userID` resolved to, or on the submitted `username` when none did.
    init(userID: UUID?, username: String, client: String?) {
        account = userID.map { Self.existingAccountPrefix + $0.uuidString.lowercased() } ?? "unknown:" + username.lowercased()
        self.client = client ?? "unknown"
    }

    /// The start of the account key of an existing account (whose counters are never evicted).
    static let existingAccountPrefix = "user:"
}

/// What the limiter says to an attempt.
enum SignInAdmission: Sendable, Equatable {
    /// Go ahead: the attempt is reserved, and must be settled.
    case admitted
    /// Not now: retry after this many seconds.
    case wait(seconds: Int)
}

/// How an admitted attempt ended.
enum SignInOutcome: Sendable {
    /// The password was right.
    case succeeded
    /// The password was wrong (or the account does not exist).
    case failed
    /// It could not be checked (the server is stopping): counted neither way.
    case abandoned
}
