import Foundation
import WarrantCrypto
import WarrantJSON

/// Verifies Warrant's own bearer access tokens: PASETO v4.public, key chosen by the footer's `kid`, claims
/// checked strictly. The default ``CredentialVerifier`` of the template.
///
/// Every refusal reaches the caller as the same 401; the reason is kept for logs and metrics only.
public struct AccessTokenVerifier: CredentialVerifier {
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
    /// The `bearerAuth` scheme these tokens are documented under.
    public let scheme: CredentialScheme
    /// Tokens already verified, so a repeated token skips the signature check (never the claim checks).
    let cache: VerifiedTokenCache<AccessTokenClaims>?

    /// A verifier.
    ///
    /// - Parameters:
    ///   - keyring: The keys tokens may be signed with.
    ///   - issuer: The required `iss`.
    ///   - audience: The required `aud`, if any.
    ///   - leeway: Clock skew tolerated on `exp`, `nbf` and `iat`.
    ///   - maximumTokenBytes: Longer tokens are refused before any work.
    ///   - cacheCapacity: How many tokens are remembered after verification (0 turns the cache off).
    ///   - grantableRoles: The only roles these tokens may grant (`nil`: any).
    ///   - now: The current time (swappable in tests).
    public init(
        keyring: PublicKeyring,
        issuer: String,
        audience: String? = nil,
        leeway: TimeInterval = 0,
        maximumTokenBytes: Int = 4096,
        cacheCapacity: Int = 10_000,
        grantableRoles: Set<String>? = nil,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.cache = cacheCapacity > 0 ? VerifiedTokenCache(capacity: cacheCapacity) : nil
        self.keyring = keyring
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway
        self.maximumTokenBytes = maximumTokenBytes
        self.now = now
        scheme = CredentialScheme(
            name: "bearerAuth",
            label: "paseto",
            kind: .httpBearer(format: "PASETO v4.public"),
            description: """
                A PASETO v4.public access token (Ed25519), sent as `Authorization: Bearer <token>`. \
                Its footer names the signing key (`{"kid": "k4.pid…"}`); its claims are `sub`, `roles`, `iss`, \
                `iat` and `exp` (RFC 3339). The role an operation lists is required; a role that \
                includes it satisfies it too, and the operation's `x-admitted-roles` lists every role admitted.
                """,
            grantableRoles: grantableRoles
        )
    }

    /// A verifier with no keys: it refuses every token, and documents the scheme all the same.
    public static var refusingEveryToken: AccessTokenVerifier {
        AccessTokenVerifier(keyring: PublicKeyring([]), issuer: "", cacheCapacity: 0)
    }

    /// PASETO v4.public tokens only.
    public func recognizes(_ credential: Substring) -> Bool {
        credential.utf8.starts(with: "v4.public.".utf8)
    }

    /// Checks `token` (without suspending: everything it needs is in memory).
    public func verify(_ token: Substring) async -> CredentialCheck {
        check(token)
    }

    /// ``check(_:)``: the keys are in memory, so a token is always decided without waiting.
    public func checkWithoutWaiting(_ token: Substring) -> CredentialCheck? {
        check(token)
    }

    /// Checks `token`: the verified credential, or why it is refused.
    public func check(_ token: Substring) -> CredentialCheck {
        guard token.utf8.count <= maximumTokenBytes else { return .refused(.tooLarge) }
        guard recognizes(token) else { return .refused(.malformed) }
        let cacheKey = cache.map { _ in VerifiedTokenKey(token) }
        if let cacheKey, let claims = cache?.value(for: cacheKey) { return validate(claims) }
        guard let footer = try? PASETO.unverifiedFooter(of: String(token)), let kid = Self.keyID(in: footer) else {
            return .refused(.malformed)
        }
        guard let publicKey = keyring.key(id: kid) else { return .refused(.unknownKey) }
        guard let verified = try? PASETO.V4.Public.verify(token, with: publicKey) else { return .refused(.badSignature) }
        guard let claims = AccessTokenClaims(payload: verified.payload) else { return .refused(.invalidClaims) }
        if let cacheKey { cache?.store(claims, for: cacheKey) }
        return validate(claims)
    }

    /// The credential of verified claims, if they are valid at this moment for this server.
    func validate(_ claims: AccessTokenClaims) -> CredentialCheck {
        let now = self.now()
        guard claims.issuer == issuer else { return .refused(.wrongIssuer) }
        guard now <= claims.expiresAt.addingTimeInterval(leeway) else { return .refused(.expired) }
        if let notBefore = claims.notBefore, now < notBefore.addingTimeInterval(-leeway) { return .refused(.notYetValid) }
        if let issuedAt = claims.issuedAt, now < issuedAt.addingTimeInterval(-leeway) { return .refused(.issuedInFuture) }
        // RFC 7519 §4.1.3: a token naming an audience this server does not identify with is refused, also
        // when the server names none.
        if claims.audience != audience { return .refused(.wrongAudience) }
        return .verified(VerifiedCredential(
            subject: claims.subject,
            roles: claims.roles,
            issuer: claims.issuer,
            issuedAt: claims.issuedAt,
            expiresAt: claims.expiresAt,
            audience: claims.audience
        ))
    }

    /// The footer's `kid` (a `k4.pid` string); read only to pick a key, trusted for nothing else.
    private static func keyID(in footer: [UInt8]) -> String? {
        guard let json = try? JSONParser.parse(footer, limits: AccessTokenClaims.limits),
              case .object(let object) = json, case .string(let kid)? = object["kid"], kid.hasPrefix("k4.pid.")
        else { return nil }
        return kid
    }
}
