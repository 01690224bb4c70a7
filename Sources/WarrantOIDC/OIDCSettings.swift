public import Foundation
public import Warrant

/// How the app trusts an OpenID Connect provider's access tokens (`AUTH_OIDC_*`).
///
/// | key | variable | meaning |
/// | --- | --- | --- |
/// | `auth.oidc.issuer` | `AUTH_OIDC_ISSUER` | the provider's issuer URL; tokens' `iss` must equal it exactly |
/// | `auth.oidc.audience` | `AUTH_OIDC_AUDIENCE` | the `aud` tokens must name (an API identifier, a client id) |
/// | `auth.oidc.requiredClaims` | `AUTH_OIDC_REQUIRED_CLAIMS` | `claim=value` pairs tokens must carry (`token_use=access,client_id=…`) |
/// | `auth.oidc.rolesClaim` | `AUTH_OIDC_ROLES_CLAIM` | where roles are: claim names or JSON Pointers, comma-separated (default `roles`) |
/// | `auth.oidc.roleMap` | `AUTH_OIDC_ROLE_MAP` | `ProviderValue=role` pairs; with a map, unmapped values grant nothing |
/// | `auth.oidc.grantableRoles` | `AUTH_OIDC_GRANTABLE_ROLES` | the only roles these tokens may grant (default: any) |
/// | `auth.oidc.discoveryURL` | `AUTH_OIDC_DISCOVERY_URL` | default: the issuer + `/.well-known/openid-configuration` |
/// | `auth.oidc.leewaySeconds` | `AUTH_OIDC_LEEWAY_SECONDS` | clock skew on `exp`, `nbf`, `iat` (default 60, at most 300) |
/// | `auth.oidc.jwksRefreshSeconds` | `AUTH_OIDC_JWKS_REFRESH_SECONDS` | keys are refetched in the background after this age (default 900) |
/// | `auth.oidc.jwksCooldownSeconds` | `AUTH_OIDC_JWKS_COOLDOWN_SECONDS` | an unknown `kid` refetches at most this often (default 60) |
/// | `auth.oidc.jwksMaxStaleSeconds` | `AUTH_OIDC_JWKS_MAX_STALE_SECONDS` | keys are used this long after the last good fetch while fetches fail (default 43200) |
/// | `auth.oidc.maxTokenBytes` | `AUTH_OIDC_MAX_TOKEN_BYTES` | longer tokens are refused unread (default 8192) |
///
/// A token must be bound to this API: set an audience, required claims, or both.
public struct OIDCSettings: Sendable, Equatable {
    /// The issuer URL, exactly as tokens' `iss` carries it.
    public var issuer: String
    /// The audience tokens must name, if any.
    public var audience: String?
    /// Claims tokens must carry with these values (a string claim equal to it, or an array containing it).
    public var requiredClaims: [(name: String, value: String)]
    /// Where the role values are read.
    public var roleClaims: [RoleClaim]
    /// Provider value → Warrant role name; empty means the values are role names.
    public var roleMap: [String: String]
    /// The only roles these tokens may grant, if limited.
    public var grantableRoles: Set<String>?
    /// The discovery document's URL.
    public var discoveryURL: String
    /// Clock skew tolerated on `exp`, `nbf` and `iat`.
    public var leeway: TimeInterval
    /// Age after which keys are refetched in the background.
    public var refreshInterval: TimeInterval
    /// How often an unknown `kid` may trigger a refetch.
    public var cooldown: TimeInterval
    /// How long keys stay usable after the last successful fetch while fetches fail.
    public var maximumStaleness: TimeInterval
    /// Longer tokens are refused before any work.
    public var maximumTokenBytes: Int

    /// The largest clock skew the settings accept.
    public static let maximumLeeway: TimeInterval = 300

    /// Explicit settings; the defaults are the documented ones.
    public init(
        issuer: String,
        audience: String? = nil,
        requiredClaims: [(name: String, value: String)] = [],
        roleClaims: [RoleClaim] = [.named("roles")],
        roleMap: [String: String] = [:],
        grantableRoles: Set<String>? = nil,
        discoveryURL: String? = nil,
        leeway: TimeInterval = 60,
        refreshInterval: TimeInterval = 900,
        cooldown: TimeInterval = 60,
        maximumStaleness: TimeInterval = 43_200,
        maximumTokenBytes: Int = 8192
    ) {
        self.issuer = issuer
        self.audience = audience
        self.requiredClaims = requiredClaims
        self.roleClaims = roleClaims
        self.roleMap = roleMap
        self.grantableRoles = grantableRoles
        self.discoveryURL = discoveryURL ?? Self.defaultDiscoveryURL(issuer: issuer)
        self.leeway = leeway
        self.refreshInterval = refreshInterval
        self.cooldown = cooldown
        self.maximumStaleness = maximumStaleness
        self.maximumTokenBytes = maximumTokenBytes
    }

    /// Reads `auth.oidc.*`; `nil` when no issuer is configured. Fails naming the key when a value is malformed.
    public init?(_ settings: Settings) throws {
        guard let issuer = settings.string("auth.oidc.issuer") else { return nil }
        try Self.checkURL(issuer, key: "AUTH_OIDC_ISSUER")
        var requiredClaims: [(name: String, value: String)] = []
        for pair in settings.strings("auth.oidc.requiredClaims") {
            guard let (name, value) = Self.split(pair), !name.isEmpty, !value.isEmpty else {
                throw SettingsError(key: "AUTH_OIDC_REQUIRED_CLAIMS", problem: "holds '\(pair)'; write claim=value pairs, comma-separated")
            }
            requiredClaims.append((name, value))
        }
        var roleClaims: [RoleClaim] = []
        for text in settings.strings("auth.oidc.rolesClaim") {
            guard let claim = RoleClaim(text) else {
                throw SettingsError(key: "AUTH_OIDC_ROLES_CLAIM", problem: "holds '\(text)'; write a claim name or a JSON Pointer such as /realm_access/roles")
            }
            roleClaims.append(claim)
        }
        var roleMap: [String: String] = [:]
        for pair in settings.strings("auth.oidc.roleMap") {
            guard let (value, role) = Self.split(pair), !value.isEmpty, !role.isEmpty else {
                throw SettingsError(key: "AUTH_OIDC_ROLE_MAP", problem: "holds '\(pair)'; write ProviderValue=role pairs, comma-separated")
            }
            roleMap[value] = role
        }
        let grantable = settings.strings("auth.oidc.grantableRoles")
        let discovery = settings.string("auth.oidc.discoveryURL")
        if let discovery { try Self.checkURL(discovery, key: "AUTH_OIDC_DISCOVERY_URL") }
        let leeway = try settings.int("auth.oidc.leewaySeconds", default: 60)
        guard (0...Int(Self.maximumLeeway)).contains(leeway) else {
            throw SettingsError(key: "AUTH_OIDC_LEEWAY_SECONDS", problem: "is \(leeway); use 0…\(Int(Self.maximumLeeway)) seconds")
        }
        let refresh = try Self.positive(settings, "auth.oidc.jwksRefreshSeconds", "AUTH_OIDC_JWKS_REFRESH_SECONDS", default: 900)
        let cooldown = try Self.positive(settings, "auth.oidc.jwksCooldownSeconds", "AUTH_OIDC_JWKS_COOLDOWN_SECONDS", default: 60)
        let stale = try Self.positive(settings, "auth.oidc.jwksMaxStaleSeconds", "AUTH_OIDC_JWKS_MAX_STALE_SECONDS", default: 43_200)
        let maximumBytes = try Self.positive(settings, "auth.oidc.maxTokenBytes", "AUTH_OIDC_MAX_TOKEN_BYTES", default: 8192)
        self.init(
            issuer: issuer,
            audience: settings.string("auth.oidc.audience"),
            requiredClaims: requiredClaims,
            roleClaims: roleClaims.isEmpty ? [.named("roles")] : roleClaims,
            roleMap: roleMap,
            grantableRoles: grantable.isEmpty ? nil : Set(grantable),
            discoveryURL: discovery,
            leeway: TimeInterval(leeway),
            refreshInterval: TimeInterval(refresh),
            cooldown: TimeInterval(cooldown),
            maximumStaleness: TimeInterval(stale),
            maximumTokenBytes: maximumBytes
        )
        guard audience != nil || !requiredClaims.isEmpty else {
            throw SettingsError(
                key: "AUTH_OIDC_AUDIENCE",
                problem: "is not set, nor AUTH_OIDC_REQUIRED_CLAIMS: bind tokens to this API with its audience (or, for providers whose access tokens have none, such as Cognito, with client_id=… and token_use=access)"
            )
        }
    }

    /// Settings are equal when every field is.
    public static func == (lhs: OIDCSettings, rhs: OIDCSettings) -> Bool {
        lhs.issuer == rhs.issuer && lhs.audience == rhs.audience
            && lhs.requiredClaims.map { [$0.name, $0.value] } == rhs.requiredClaims.map { [$0.name, $0.value] }
            && lhs.roleClaims == rhs.roleClaims && lhs.roleMap == rhs.roleMap && lhs.grantableRoles == rhs.grantableRoles
            && lhs.discoveryURL == rhs.discoveryURL && lhs.leeway == rhs.leeway && lhs.refreshInterval == rhs.refreshInterval
            && lhs.cooldown == rhs.cooldown && lhs.maximumStaleness == rhs.maximumStaleness && lhs.maximumTokenBytes == rhs.maximumTokenBytes
    }

    /// `<issuer without a trailing slash>/.well-known/openid-configuration` (OpenID Connect Discovery §4).
    public static func defaultDiscoveryURL(issuer: String) -> String {
        var base = Substring(issuer)
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/.well-known/openid-configuration"
    }

    private static func split(_ pair: String) -> (String, String)? {
        guard let equals = pair.firstIndex(of: "=") else { return nil }
        let name = pair[..<equals].trimmingCharacters(in: .whitespaces)
        let value = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return (name, value)
    }

    private static func positive(_ settings: Settings, _ key: String, _ variable: String, default value: Int) throws -> Int {
        let number = try settings.int(.init(key), default: value)
        guard number > 0 else { throw SettingsError(key: variable, problem: "is \(number); use a positive number") }
        return number
    }

    private static func checkURL(_ text: String, key: String) throws {
        guard let url = URL(string: text), let host = url.host, !host.isEmpty, ProviderURL.isAllowed(url) else {
            throw SettingsError(key: key, problem: "is '\(text)'; use an https:// URL (http:// only for a loopback address)")
        }
    }
}
