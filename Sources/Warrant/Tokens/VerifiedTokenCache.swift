import Synchronization
import WarrantCrypto

/// Tokens whose signature has already been verified, by the BLAKE2b-256 digest of the token text.
///
/// Ed25519 verification dominates a request's CPU time, and clients send the same token many times. A hit
/// skips the signature and payload parsing only: the claims' expiry, not-before, issuer and audience are
/// still checked on every request. Bounded: when full, an arbitrary entry makes room.
final class VerifiedTokenCache: Sendable {
    /// A token's digest.
    struct Key: Hashable, Sendable {
        let words: (UInt64, UInt64, UInt64, UInt64)

        init(_ token: Substring) {
            let digest = Digest.blake2b256(token.utf8)
            func word(_ offset: Int) -> UInt64 {
                digest[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
            }
            words = (word(0), word(8), word(16), word(24))
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.words == rhs.words
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
        }
    }

    private let entries = Mutex<[Key: AccessTokenClaims]>([:])
    /// At most this many tokens are remembered.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The verified claims of the token with this digest, if it was verified before.
    func claims(for key: Key) -> AccessTokenClaims? {
        entries.withLock { $0[key] }
    }

    /// Remembers a verified token's claims.
    func store(_ claims: AccessTokenClaims, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity, let victim = entries.keys.first { entries[victim] = nil }
            entries[key] = claims
        }
    }

    /// How many tokens are remembered.
    var count: Int { entries.withLock { $0.count } }
}
