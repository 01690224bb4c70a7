public import Foundation
import Logging
public import Warrant

/// Verifies access tokens (JWTs) from an OpenID Connect provider — Cognito, Auth0, Okta, Entra ID, Keycloak,
/// Google — with the keys of its JWKS.
///
/// jwt-kit (on swift-crypto) turns each JWK into a key and checks signatures; the policy around it is
/// Warrant's and strict: a token must name a `kid`, its `alg` must be the one pinned to that key (RS256,
/// ES256 or EdDSA), its header and payload are parsed without duplicate members, and its issuer, audience,
/// required claims and times (with bounded clock skew) are checked. Roles come from the configured claims,
/// mapped to Warrant's role names. Verified tokens are cached by digest (signature skipped, times still
/// checked) until the key set changes.
public struct OIDCVerifier: CredentialVerifier {
    /// What the verifier trusts.
    public let settings: OIDCSettings
    /// The `openIdConnect` scheme, with the discovery URL.
    public let scheme: CredentialScheme
    let keys: ProviderKeyCache
    let cache: VerifiedTokenCache<OIDCClaims>
    let now: @Sendable () -> Date

    /// A verifier for the provider `settings` describe.
    ///
    /// Nothing is fetched until a token needs a key (or ``warmUp()`` is called).
    /// - Parameters:
    ///   - settings: What the verifier trusts.
    ///   - documents: Where the discovery document and key set come from (HTTPS by default).
    ///   - cacheCapacity: How many verified tokens are remembered.
    ///   - logger: Where failed fetches and skipped keys are reported.
    ///   - now: The current time (swappable in tests).
    public init(
        settings: OIDCSettings,
        documents: any ProviderDocuments = HTTPProviderDocuments(),
        cacheCapacity: Int = 10_000,
        logger: Logger = Logger(label: "warrant.oidc"),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.settings = settings
        self.now = now
        let cache = VerifiedTokenCache<OIDCClaims>(capacity: max(1, cacheCapacity))
        self.cache = cache
        keys = ProviderKeyCache(settings: settings, documents: documents, now: now, logger: logger) { cache.removeAll() }
        let roles = settings.roleClaims.map { claim -> String in
            switch claim {
            case .named(let name): "`\(name)`"
            case .pointer(let tokens): "`/\(tokens.joined(separator: "/"))`"
            }
        }.joined(separator: ", ")
        scheme = CredentialScheme(
            name: "openIdConnect",
            label: "oidc",
            kind: .openIDConnect(discoveryURL: settings.discoveryURL),
            description: """
                An access token (a JWT signed RS256, ES256 or EdDSA) from the OpenID Connect provider \
                `\(settings.issuer)`, sent as `Authorization: Bearer <token>`. Its roles are read from \(roles)\
                \(settings.roleMap.isEmpty ? "" : " and mapped to this API's role names").
                """,
            grantableRoles: settings.grantableRoles,
            mayBeUnavailable: true
        )
    }

    /// JWS compact tokens: `eyJ…` (a JSON header) with two dots.
    public func recognizes(_ credential: Substring) -> Bool {
        credential.utf8.starts(with: "eyJ".utf8)
    }

    /// Verifies `token`; `.unavailable` (a 503) when its key cannot
    /// be had from the provider.
    public func verify(_ token: Substring) async -> CredentialCheck {
        guard token.utf8.count <= settings.maximumTokenBytes else { return .refused(.tooLarge) }
        let cacheKey = VerifiedTokenKey(token)
        if let cached = cachedCheck(for: cacheKey) { return cached }
        let jwt: CompactJWT
        switch CompactJWT.parse(token) {
        case .success(let parsed): jwt = parsed
        case .failure(let reason): return .refused(reason)
        }
        let key: PinnedKey
        switch await keys.key(id: jwt.keyID) {
        case .key(let found): key = found
        case .unknown: return .refused(.unknownKey)
        case .unavailable(let seconds): return .unavailable(retryAfterSeconds: seconds)
        }
        guard jwt.algorithm == key.algorithm.rawValue else { return .refused(.wrongAlgorithm) }
        guard key.verifies(jwt.signature, signs: jwt.signingInput) else { return .refused(.badSignature) }
        let claims: OIDCClaims
        switch OIDCClaims.read(jwt.claims, settings: settings) {
        case .success(let read): claims = read
        case .failure(let reason): return .refused(reason)
        }
        cache.store(claims, for: cacheKey)
        return claims.check(now: now(), leeway: settings.leeway)
    }

    /// A token verified before, decided again from the cache of verified tokens (its time limits checked
    /// now); any other is left to ``verify(_:)``, which may need the provider's keys.
    public func checkWithoutWaiting(_ token: Substring) -> CredentialCheck? {
        guard token.utf8.count <= settings.maximumTokenBytes else { return nil }
        return cachedCheck(for: VerifiedTokenKey(token))
    }

    /// The answer for a token verified before, its time limits checked now; `nil` when it is not cached.
    private func cachedCheck(for key: VerifiedTokenKey) -> CredentialCheck? {
        cache.value(for: key).map { $0.check(now: now(), leeway: settings.leeway) }
    }

    /// Fetches the provider's keys now, so the first request does not wait for them.
    public func warmUp() async {
        await keys.warmUp()
    }

    /// Whether the provider's keys are loaded and fresh enough to use.
    public var hasUsableKeys: Bool { keys.hasUsableKeys }
}
