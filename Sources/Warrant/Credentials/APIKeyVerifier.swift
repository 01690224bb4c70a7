public import Foundation
public import HTTPTypes
import WarrantCrypto

/// Verifies API keys for machine clients: `X-API-Key: wk_…`, looked up by prefix in an ``APIKeyDirectory`` and
/// compared by digest in constant time.
///
/// Every request reads the directory, so revoking a key takes effect at once without a restart. A key whose
/// store cannot be reached answers 503, never 401: the key may be good.
public struct APIKeyVerifier: CredentialVerifier {
    /// Where keys are kept.
    public let directory: any APIKeyDirectory
    /// The `apiKey` scheme (in the header given at creation).
    public let scheme: CredentialScheme
    /// The current time (swappable in tests).
    public let now: @Sendable () -> Date
    /// How often a key's last-used time is written at most: a busy key is not a write per request.
    public static let lastUseResolution: TimeInterval = 60

    /// A verifier reading keys from `directory`, sent in `header`.
    ///
    /// - Parameters:
    ///   - directory: Where keys are kept.
    ///   - header: The request header keys travel in.
    ///   - grantableRoles: The only roles keys may grant (`nil`: any).
    ///   - now: The current time (swappable in tests).
    public init(
        directory: any APIKeyDirectory,
        header: HTTPField.Name = APIKeyVerifier.defaultHeader,
        grantableRoles: Set<String>? = nil,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.directory = directory
        self.now = now
        scheme = CredentialScheme(
            name: "apiKey",
            label: "api-key",
            kind: .apiKey(header: header),
            description: """
                An API key for machine clients, sent as `\(header.rawName): wk_…`. Keys are created with \
                `api key create --name --roles`, shown once, stored only as a digest, and revocable at once; \
                a key grants the roles it was created with.
                """,
            grantableRoles: grantableRoles,
            mayBeUnavailable: true
        )
    }

    /// `X-API-Key`.
    public static let defaultHeader = HTTPField.Name("X-API-Key")!

    /// Keys of the `wk_` format.
    public func recognizes(_ credential: Substring) -> Bool {
        credential.utf8.starts(with: APIKeyText.marker.utf8)
    }

    /// Looks the key up and checks its digest, revocation and expiry.
    public func verify(_ credential: Substring) async -> CredentialCheck {
        guard let key = APIKeyText(parsing: credential) else { return .refused(.malformed) }
        let stored: StoredAPIKey?
        do {
            stored = try await directory.key(prefix: key.prefix)
        } catch {
            return .unavailable(retryAfterSeconds: 5)
        }
        // Compared in constant time even when the prefix is unknown, against a digest of the same length.
        let digest = key.digest
        let matches = ConstantTime.equals(digest, stored?.digest ?? [UInt8](repeating: 0, count: digest.count))
        guard let stored, matches else { return .refused(.unknownCredential) }
        let now = self.now()
        if stored.revokedAt != nil { return .refused(.revoked) }
        if let expiresAt = stored.expiresAt, now >= expiresAt { return .refused(.expired) }
        if stored.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.lastUseResolution }) ?? true {
            // Best effort: a key that verifies is not refused because its use could not be written down.
            try? await directory.recordUse(id: stored.id, at: now)
        }
        return .verified(VerifiedCredential(
            subject: "apikey:" + stored.id,
            roles: stored.roles,
            issuer: "api-key",
            issuedAt: stored.createdAt,
            expiresAt: stored.expiresAt
        ))
    }
}
