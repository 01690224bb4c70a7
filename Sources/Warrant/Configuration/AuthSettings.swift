import Foundation
import WarrantCrypto

/// Token settings: the verification keys, the issuer, and (where tokens are issued) the signing key.
///
/// `AUTH_PUBLIC_KEYS` (comma-separated PASERK `k4.public…`, the first current; several at once for rotation),
/// `AUTH_SECRET_KEY` (PASERK `k4.secret…`, only where tokens are issued; its public key is always accepted),
/// `AUTH_ISSUER` (default `warrant`), `AUTH_AUDIENCE`, `AUTH_TOKEN_LIFETIME` (seconds, default 3600),
/// `AUTH_LEEWAY` (seconds of clock skew, default 0).
public struct AuthSettings: Sendable {
    /// Keys that verify tokens.
    public let keyring: PublicKeyring
    /// The signing key, when this process issues tokens.
    public let secretKey: PASETOSecretKey?
    /// The `iss` tokens carry and must carry.
    public let issuer: String
    /// The `aud` tokens carry and must carry, if any.
    public let audience: String?
    /// How long issued tokens live.
    public let tokenLifetime: TimeInterval
    /// Tolerated clock skew.
    public let leeway: TimeInterval

    /// Reads the `auth.*` keys; fails with a message naming the key when one is malformed or none are set.
    ///
    /// - Parameters:
    ///   - settings: The loaded configuration.
    ///   - storedSecretKey: The signing key read from a secret store at start-up, used when
    ///     `AUTH_SECRET_KEY` is not set.
    public init(_ settings: Settings, storedSecretKey: String? = nil) throws {
        let secret = settings.string("auth.secretKey", secret: true) ?? storedSecretKey
        do {
            secretKey = try secret.map { try PASETOSecretKey(paserk: $0) }
        } catch {
            throw SettingsError(key: "AUTH_SECRET_KEY", problem: "is not a PASERK k4.secret key (\(error))")
        }
        var publicKeys = try PublicKeyring(paserks: settings.strings("auth.publicKeys")).keys
        if let secretKey, !publicKeys.contains(secretKey.publicKey) { publicKeys.append(secretKey.publicKey) }
        guard !publicKeys.isEmpty else {
            throw SettingsError(key: "AUTH_PUBLIC_KEYS", problem: "is not set: give the PASERK k4.public key(s) that sign access tokens (`api keys generate` makes a pair)")
        }
        keyring = PublicKeyring(publicKeys)
        issuer = settings.string("auth.issuer") ?? Self.defaultIssuer
        // Two deployments sharing a key pair and the default issuer would accept each other's tokens.
        if settings.environment == .production, issuer == Self.defaultIssuer {
            throw SettingsError(key: "AUTH_ISSUER", problem: "is '\(issuer)' (the default) in production: give this deployment an issuer name of its own, such as https://api.example.com, so tokens of another deployment are refused")
        }
        audience = settings.string("auth.audience")
        tokenLifetime = TimeInterval(try settings.int("auth.tokenLifetime", default: 3600))
        leeway = TimeInterval(try settings.int("auth.leeway", default: 0))
        guard tokenLifetime > 0 else { throw SettingsError(key: "AUTH_TOKEN_LIFETIME", problem: "must be positive") }
    }

    /// The issuer name outside production when none is set.
    public static let defaultIssuer = "warrant"

    /// Explicit settings (tests and tools).
    public init(keyring: PublicKeyring, secretKey: PASETOSecretKey?, issuer: String, audience: String? = nil, tokenLifetime: TimeInterval = 3600, leeway: TimeInterval = 0) {
        var keys = keyring.keys
        if let secretKey, !keys.contains(secretKey.publicKey) { keys.append(secretKey.publicKey) }
        self.keyring = PublicKeyring(keys)
        self.secretKey = secretKey
        self.issuer = issuer
        self.audience = audience
        self.tokenLifetime = tokenLifetime
        self.leeway = leeway
    }

    /// The verifier these settings describe.
    ///
    /// - Parameters:
    ///   - grantableRoles: The only roles these tokens may grant (`nil`: any).
    ///   - now: The current time (swappable in tests).
    public func tokenVerifier(grantableRoles: Set<String>? = nil, now: @escaping @Sendable () -> Date = Date.init) -> AccessTokenVerifier {
        AccessTokenVerifier(keyring: keyring, issuer: issuer, audience: audience, leeway: leeway, grantableRoles: grantableRoles, now: now)
    }

    /// The issuer these settings describe, when a secret key is configured.
    public func tokenIssuer(now: @escaping @Sendable () -> Date = Date.init) -> AccessTokenIssuer? {
        secretKey.map { AccessTokenIssuer(secretKey: $0, issuer: issuer, audience: audience, lifetime: tokenLifetime, now: now) }
    }
}
