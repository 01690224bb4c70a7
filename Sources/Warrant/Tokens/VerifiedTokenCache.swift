import Synchronization
import WarrantCrypto

/// A token's BLAKE2b-256 digest: the key of a ``VerifiedTokenCache``.
public struct VerifiedTokenKey: Hashable, Sendable {
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// The digest of `token`.
    public init(_ token: Substring) {
        let digest = Digest.blake2b256(token.utf8)
        func word(_ offset: Int) -> UInt64 {
            digest[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
        }
        words = (word(0), word(8), word(16), word(24))
    }

    /// Whether two digests are equal.
    public static func == (lhs: VerifiedTokenKey, rhs: VerifiedTokenKey) -> Bool {
        lhs.words == rhs.words
    }

    /// Hashes two of the digest's words: they are uniformly random already.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
    }
}

/// Tokens whose signature has already been verified, by the digest of the token text, with what they said.
///
/// Signature verification dominates a request's CPU time, and clients send the same token many times. A hit
/// skips the signature and payload parsing only: a verifier still checks the claims' expiry, not-before,
/// issuer and audience on every request. Bounded: when full, an arbitrary entry makes room.
public final class VerifiedTokenCache<Claims: Sendable>: Sendable {
    private let entries = Mutex<[VerifiedTokenKey: Claims]>([:])
    /// At most this many tokens are remembered.
    public let capacity: Int

    /// A cache of at most `capacity` tokens.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The claims of the token with this digest, if it was verified before.
    public func value(for key: VerifiedTokenKey) -> Claims? {
        entries.withLock { $0[key] }
    }

    /// Remembers a verified token's claims.
    public func store(_ claims: Claims, for key: VerifiedTokenKey) {
        entries.withLock { entries in
            if entries.count >= capacity, let victim = entries.keys.first { entries[victim] = nil }
            entries[key] = claims
        }
    }

    /// Forgets every token (when the keys that verified them change).
    public func removeAll() {
        entries.withLock { $0.removeAll() }
    }

    /// How many tokens are remembered.
    public var count: Int { entries.withLock { $0.count } }
}
