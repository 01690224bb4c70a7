import HTTPTypes
import Warrant
import WarrantOIDC

/// Which credentials the app accepts, in the order the gate tries them, and each one's settings.
///
/// | key | variable | meaning |
/// | --- | --- | --- |
/// | `auth.credentials` | `AUTH_CREDENTIALS` | `paseto`, `oidc`, `apiKey`, comma-separated, in order (default `paseto,apiKey`) |
/// | `auth.paseto.grantableRoles` | `AUTH_PASETO_GRANTABLE_ROLES` | the only roles PASETO tokens may grant (default: any) |
/// | `auth.apiKey.header` | `AUTH_API_KEY_HEADER` | the header API keys travel in (default `X-API-Key`) |
/// | `auth.apiKey.grantableRoles` | `AUTH_API_KEY_GRANTABLE_ROLES` | the only roles API keys may grant (default: any) |
///
/// `oidc` reads `AUTH_OIDC_*` (``OIDCSettings``).
public struct CredentialSettings: Sendable {
    /// One kind of credential.
    public enum Kind: String, Sendable, CaseIterable {
        /// Warrant's own PASETO v4.public tokens (`POST /auth/token`, `api token mint`).
        case paseto
        /// JWT access tokens from an OpenID Connect provider.
        case oidc
        /// API keys for machine clients (`api key create`).
        case apiKey
    }

    /// The kinds accepted, in the order tried.
    public var kinds: [Kind]
    /// The only roles PASETO tokens may grant, if limited.
    public var pasetoGrantableRoles: Set<String>?
    /// The provider, when `oidc` is accepted.
    public var oidc: OIDCSettings?
    /// The header API keys travel in.
    public var apiKeyHeader: HTTPField.Name
    /// The only roles API keys may grant, if limited.
    public var apiKeyGrantableRoles: Set<String>?

    /// PASETO tokens and API keys: the template's defaults.
    public static var `default`: CredentialSettings {
        CredentialSettings(kinds: [.paseto, .apiKey])
    }

    /// Explicit settings.
    public init(
        kinds: [Kind], pasetoGrantableRoles: Set<String>? = nil, oidc: OIDCSettings? = nil,
        apiKeyHeader: HTTPField.Name = APIKeyVerifier.defaultHeader, apiKeyGrantableRoles: Set<String>? = nil
    ) {
        self.kinds = kinds
        self.pasetoGrantableRoles = pasetoGrantableRoles
        self.oidc = oidc
        self.apiKeyHeader = apiKeyHeader
        self.apiKeyGrantableRoles = apiKeyGrantableRoles
    }

    /// Reads the `auth.*` keys; fails naming the key when one is malformed or a kind lacks its settings.
    public init(_ settings: Settings) throws {
        let names = settings.strings("auth.credentials")
        var kinds: [Kind] = []
        for name in names {
            guard let kind = Kind(rawValue: name) else {
                throw SettingsError(key: "AUTH_CREDENTIALS", problem: "holds '\(name)'; use \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !kinds.contains(kind) else { throw SettingsError(key: "AUTH_CREDENTIALS", problem: "names '\(name)' twice") }
            kinds.append(kind)
        }
        if names.isEmpty { kinds = Self.default.kinds }
        let oidc = try OIDCSettings(settings)
        if kinds.contains(.oidc), oidc == nil {
            throw SettingsError(key: "AUTH_OIDC_ISSUER", problem: "is not set, but AUTH_CREDENTIALS accepts oidc: give the provider's issuer URL")
        }
        let headerName = settings.string("auth.apiKey.header") ?? APIKeyVerifier.defaultHeader.rawName
        guard let header = HTTPField.Name(headerName), header != .authorization, header != .cookie else {
            throw SettingsError(key: "AUTH_API_KEY_HEADER", problem: "is '\(headerName)'; use a header name of its own, such as X-API-Key")
        }
        func roles(_ key: String) -> Set<String>? {
            let names = settings.strings(.init(key))
            return names.isEmpty ? nil : Set(names)
        }
        self.init(
            kinds: kinds,
            pasetoGrantableRoles: roles("auth.paseto.grantableRoles"),
            oidc: kinds.contains(.oidc) ? oidc : nil,
            apiKeyHeader: header,
            apiKeyGrantableRoles: roles("auth.apiKey.grantableRoles")
        )
    }
}
