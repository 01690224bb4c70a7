import Foundation
public import Warrant
public import WarrantCrypto

/// A throwaway signing key for a test: tokens for any caller, and the settings that accept them.
public struct TestKeys: Sendable {
    /// The signing key (generated per instance; never a committed key).
    public let secretKey: PASETOSecretKey
    /// The issuer name tokens carry.
    public let issuerName: String

    /// A fresh key.
    public init(issuer: String = "warrant-test") throws {
        secretKey = try PASETOSecretKey.generate()
        issuerName = issuer
    }

    /// Auth settings that verify (and issue) tokens with this key.
    public func authSettings(tokenLifetime: TimeInterval = 3600) -> AuthSettings {
        AuthSettings(keyring: PublicKeyring([secretKey.publicKey]), secretKey: secretKey, issuer: issuerName, tokenLifetime: tokenLifetime)
    }

    /// An issuer for this key.
    public func issuer(lifetime: TimeInterval = 3600, now: @escaping @Sendable () -> Date = Date.init) -> AccessTokenIssuer {
        AccessTokenIssuer(secretKey: secretKey, issuer: issuerName, lifetime: lifetime, now: now)
    }
}
