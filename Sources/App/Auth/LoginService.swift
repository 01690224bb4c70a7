import Foundation
import NIOPosix
import Warrant
import WarrantCrypto

/// Signs users in: checks the password with Argon2id, issues an access token with the account's roles.
///
/// Unknown accounts cost the same Argon2id work as wrong passwords, and both answer the same problem, so
/// neither the answer nor its timing tells whether an account exists.
struct LoginService: Sendable {
    let users: any UserStore
    let hasher: PasswordHasher
    let issuer: AccessTokenIssuer?
    let throttle: LoginThrottle
    /// Argon2id is deliberately slow and memory-hungry: it runs on this pool, never on an event loop.
    let threads: NIOThreadPool

    /// A token for `username` if `password` is right.
    func signIn(username: String, password: String) async throws -> AccessToken {
        guard let issuer else { throw LoginError.notIssuing }
        let wait = throttle.wait(for: username)
        guard wait == 0 else { throw LoginError.throttled(retryAfter: wait) }
        let stored = try await users.credentials(forEmail: username)
        let hasher = self.hasher
        let valid = try await threads.runIfActive {
            guard let stored else { return hasher.dummyVerify(password) }
            return hasher.verify(password, against: stored.passwordHash)
        }
        guard valid, let stored else {
            throttle.recordFailure(for: username)
            throw LoginError.invalidGrant
        }
        throttle.reset(for: username)
        if hasher.needsRehash(stored.passwordHash) {
            let upgraded = try await threads.runIfActive { try hasher.hash(password) }
            try await users.updatePasswordHash(userID: stored.id, hash: upgraded)
        }
        return issuer.mint(subject: stored.id.uuidString.lowercased(), roles: stored.roles)
    }
}
