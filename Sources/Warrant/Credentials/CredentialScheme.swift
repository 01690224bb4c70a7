public import HTTPTypes

/// How one kind of credential travels and appears in the OpenAPI document's `securitySchemes`.
public struct CredentialScheme: Sendable, Equatable {
    /// The scheme's form.
    public enum Kind: Sendable, Equatable {
        /// `Authorization: Bearer <token>`, documented as an HTTP bearer scheme of this format.
        case httpBearer(format: String)
        /// `Authorization: Bearer <token>` from an OpenID Connect provider, documented with its discovery URL.
        case openIDConnect(discoveryURL: String)
        /// A key in this request header, documented as an `apiKey` scheme.
        case apiKey(header: HTTPField.Name)
    }

    /// The scheme's key in `components.securitySchemes` and in each operation's requirement (`bearerAuth`).
    public let name: String
    /// A short label for reports and metrics (`paseto`, `oidc`, `api-key`).
    public let label: String
    /// The scheme's form.
    public let kind: Kind
    /// The scheme's description in the document.
    public let description: String
    /// The only role names this kind of credential may grant; `nil` for any. A credential's other roles are
    /// ignored, and an operation no grantable role is admitted to does not list this scheme.
    public let grantableRoles: Set<String>?
    /// Whether checking may depend on a service that can be down (an identity provider, a database): the
    /// operations then document a 503.
    public let mayBeUnavailable: Bool

    /// A scheme.
    public init(name: String, label: String, kind: Kind, description: String, grantableRoles: Set<String>? = nil, mayBeUnavailable: Bool = false) {
        self.name = name
        self.label = label
        self.kind = kind
        self.description = description
        self.grantableRoles = grantableRoles
        self.mayBeUnavailable = mayBeUnavailable
    }

    /// The request header the credential travels in.
    public var header: HTTPField.Name {
        if case .apiKey(let header) = kind { return header }
        return .authorization
    }

    /// Whether the credential is a bearer token in `Authorization`.
    public var isBearer: Bool { header == .authorization }

    /// Whether a credential of this scheme may grant `role`.
    public func mayGrant(_ role: String) -> Bool {
        grantableRoles?.contains(role) ?? true
    }
}
