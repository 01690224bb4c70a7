import Foundation
import WarrantCrypto
import WarrantJSON

/// Verifies bearer access tokens: PASETO v4.public, key chosen by the footer's `kid`, claims checked strictly.
///
/// Every failure is the same `nil`: callers answer one uniform 401 and never say why.
public struct AccessTokenVerifier: Sendable {
    /// The keys tokens may be signed with.
    public let keyring: PublicKeyring
    /// The required `iss`.
    public let issuer: String
    /// The required `aud`, when the server has one.
    public let audience: String?
    /// Clock skew tolerated on `exp`, `nbf` and `iat`.
    public let leeway: TimeInterval
    /// Tokens longer than this are refused before any work.
    public let maximumTokenBytes: Int
    /// The current time (swappable in tests).
    public let now: @Sendable () -> Date
    /// Tokens already verified, so a repeated token skips the signature check (never the claim checks).
    let cache: VerifiedTokenCache?

    /// A verifier; `cacheCapacity` tokens are remembered after verification (0 turns the cache off).
    public init(
        keyring: PublicKeyring,
        issuer: String,
        audience: String? = nil,
        leeway: TimeInterval = 0,
        maximumTokenBytes: Int = 4096,
        cacheCapacity: Int = 10_000,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.cache = cacheCapacity > 0 ? VerifiedTokenCache(capacity: cacheCapacity) : nil
        self.keyring = keyring
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway
        self.maximumTokenBytes = maximumTokenBytes
        self.now = now
    }

    /// The identity `token` proves, or `nil` if it is not a valid access token right now.
    public func verify(_ token: Substring) -> Identity? {
        guard token.utf8.count <= maximumTokenBytes, token.utf8.starts(with: "v4.public.".utf8) else { return nil }
        let cacheKey = cache.map { _ in VerifiedTokenCache.Key(token) }
        if let cacheKey, let claims = cache?.claims(for: cacheKey) { return check(claims) }
        guard let footer = try? PASETO.unverifiedFooter(of: String(token)),
              let kid = Self.keyID(in: footer),
              let publicKey = keyring.key(id: kid),
              let verified = try? PASETO.V4.Public.verify(token, with: publicKey),
              let claims = AccessTokenClaims(payload: verified.payload)
        else { return nil }
        if let cacheKey { cache?.store(claims, for: cacheKey) }
        return check(claims)
    }

    /// The identity of verified claims, if they are valid at this moment for this server.
    func check(_ claims: AccessTokenClaims) -> Identity? {
        let now = self.now()
        guard claims.issuer == issuer,
              now <= claims.expiresAt.addingTimeInterval(leeway),
              claims.notBefore.map({ now >= $0.addingTimeInterval(-leeway) }) ?? true,
              claims.issuedAt.map({ now >= $0.addingTimeInterval(-leeway) }) ?? true
        else { return nil }
        if let audience, claims.audience != audience { return nil }
        return Identity(
            subject: claims.subject,
            roles: claims.roles,
            issuer: claims.issuer,
            issuedAt: claims.issuedAt,
            expiresAt: claims.expiresAt,
            audience: claims.audience
        )
    }

    /// The footer's `kid` (a `k4.pid` string); read only to pick a key, trusted for nothing else.
    private static func keyID(in footer: [UInt8]) -> String? {
        guard let json = try? JSONParser.parse(footer, limits: AccessTokenClaims.limits),
              case .object(let object) = json, case .string(let kid)? = object["kid"], kid.hasPrefix("k4.pid.")
        else { return nil }
        return kid
    }
}
