import Foundation
import NIOPosix
import Warrant
import WarrantCrypto

/// Signs users in: checks the password with Argon2id, issues an access token with the account's roles.
///
/// Unknown accounts cost the same Argon2id work as wrong passwords, and both answer the same problem, so
/// neither the answer nor its timing tells whether an account exists. Every attempt is first admitted by the
/// sign-in limiter — reserved atomically, settled after the check — and by a bound on hashes in flight.
struct LoginService: Sendable {
    let users: any UserStore
    let hasher: any PasswordHashing
    let issuer: AccessTokenIssuer?
    let limiter: any SignInLimiter
    let pendingHashes: PendingHashes
    /// The current time, for the limiter.
    let now: @Sendable () -> Date
    /// Argon2id is deliberately slow and memory-hungry: it runs on this pool, never on an event loop.
    let threads: NIOThreadPool
    /// Counts the outcomes.
    let metrics = SignInMetrics()

    /// A token for `username` if `password` is right; `client` is the caller's address, for the limits.
    func signIn(username: String, password: String, client: String?) async throws -> AccessToken {
        guard let issuer else { throw LoginError.notIssuing }
        let stored = try await users.credentials(forEmail: username)
        let attempt = SignInAttempt(userID: stored?.id, username: username, client: client)
        guard pendingHashes.enter() else {
            metrics.record(.busy)
            throw LoginError.busy
        }
        defer { pendingHashes.leave() }
        if case .wait(let seconds) = try await limiter.admit(attempt, at: now()) {
            metrics.record(.throttled)
            throw LoginError.throttled(retryAfter: seconds)
        }
        let hasher = self.hasher
        let valid: Bool
        do {
            valid = try await threads.runIfActive {
                guard let stored else { return hasher.dummyVerify(password) }
                return hasher.verify(password, against: stored.passwordHash)
            }
        } catch {
            try await limiter.settle(attempt, .abandoned, at: now())
            throw error
        }
        guard valid, let stored else {
            try await limiter.settle(attempt, .failed, at: now())
            metrics.record(.failed)
            throw LoginError.invalidGrant
        }
        try await limiter.settle(attempt, .succeeded, at: now())
        metrics.record(.succeeded)
        if hasher.needsRehash(stored.passwordHash) {
            let upgraded = try await threads.runIfActive { try hasher.hash(password) }
            try await users.updatePasswordHash(userID: stored.id, hash: upgraded)
        }
        return issuer.mint(subject: stored.id.uuidString.lowercased(), roles: stored.roles)
    }
}
