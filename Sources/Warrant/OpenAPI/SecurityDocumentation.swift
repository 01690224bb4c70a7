import Foundation
import OpenAPIKit

/// How access requirements appear in the document: the security schemes and each operation's requirement,
/// written from the same checked ``RoleGraph`` the gate admits callers by and the same credential schemes
/// its verifiers accept.
struct SecurityDocumentation: Sendable {
    /// The OAuth2 password-grant token URL, when the API has a login.
    var passwordLoginURL: String?
    /// The roles, for the OAuth2 scopes and who each requirement admits.
    var roles: RoleGraph
    /// The credential schemes, in the gate's order.
    var schemes: [CredentialScheme]

    /// The 401 response's description.
    var unauthorizedDescription: String {
        "No valid credential was sent (missing, malformed, tampered, expired, revoked or not yet valid), or more than one."
    }

    /// The 401 response's `WWW-Authenticate` description.
    var challengeDescription: String { "`Bearer`, with an RFC 6750 error code when a credential was sent." }

    /// The 503 response's description, when a scheme's check depends on a service that can be down.
    var unavailableDescription: String? {
        let dependent = schemes.filter(\.mayBeUnavailable).map { "`\($0.name)`" }
        guard !dependent.isEmpty else { return nil }
        return "**Credential check unavailable**: a \(dependent.joined(separator: " or ")) credential cannot be checked right now (its keys or its store are out of reach); retry after `Retry-After` seconds."
    }

    /// The 403 response's description for an operation that requires `role`.
    func forbiddenDescription(for role: String) -> String {
        let admitted = admittedRoles(for: .role(role))
        return "The credential is valid but grants none of the roles admitted here: \(admitted.map { "`\($0)`" }.joined(separator: ", "))."
    }

    /// The token roles an operation admits: the required role and every role that includes it.
    func admittedRoles(for requirement: AccessRequirement) -> [String] {
        guard case .role(let name) = requirement else { return [] }
        return roles.node(named: name)?.admittedBy ?? [name]
    }

    static let oauthName = "oauth2Password"
    /// The operation extension listing every token role the operation admits.
    static let admittedRolesExtension = "x-admitted-roles"

    /// The scheme the password login's tokens are verified under: the first HTTP bearer scheme.
    private var loginScheme: CredentialScheme? {
        guard passwordLoginURL != nil else { return nil }
        return schemes.first { if case .httpBearer = $0.kind { true } else { false } }
    }

    /// `components.securitySchemes`.
    var components: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> {
        var components: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> = [:]
        for scheme in schemes {
            components[OpenAPI.ComponentKey(stringLiteral: scheme.name)] = .b(Self.securityScheme(scheme))
            if scheme == loginScheme, let passwordLoginURL, let tokenURL = URL(string: passwordLoginURL) {
                var scopes: OrderedDictionary<String, String> = [:]
                for node in roles.nodes where scheme.mayGrant(node.name) {
                    scopes[node.name] = node.includes.isEmpty
                        ? node.summary
                        : "\(node.summary) Includes \(node.includes.map { "`\($0)`" }.joined(separator: ", "))."
                }
                components[OpenAPI.ComponentKey(stringLiteral: Self.oauthName)] = .b(.oauth2(
                    flows: OpenAPI.OAuthFlows(password: .init(tokenUrl: tokenURL, scopes: scopes)),
                    description: "Sign in with a username and password (the OAuth2 password grant); the token endpoint answers a `\(scheme.name)` bearer access token."
                ))
            }
        }
        return components
    }

    private static func securityScheme(_ scheme: CredentialScheme) -> OpenAPI.SecurityScheme {
        switch scheme.kind {
        case .httpBearer(let format):
            return .http(scheme: "bearer", bearerFormat: format, description: scheme.description)
        case .openIDConnect(let discoveryURL):
            return .openIdConnect(url: URL(string: discoveryURL) ?? URL(fileURLWithPath: "/"), description: scheme.description)
        case .apiKey(let header):
            return .apiKey(name: header.rawName, location: .header, description: scheme.description)
        }
    }

    /// The schemes whose credentials may call an operation with `requirement`: every scheme for any
    /// authenticated caller, else those that may grant one of the admitted roles.
    func admittingSchemes(for requirement: AccessRequirement) -> [CredentialScheme] {
        guard requirement != .none else { return [] }
        let admitted = admittedRoles(for: requirement)
        return schemes.filter { scheme in admitted.isEmpty || admitted.contains(where: scheme.mayGrant) }
    }

    /// The operation's `security`: `[]` for public operations, else one alternative per admitting scheme,
    /// with the required role's name.
    func requirement(for requirement: AccessRequirement) -> [OpenAPI.SecurityRequirement] {
        var names: [String] = []
        for scheme in admittingSchemes(for: requirement) {
            names.append(scheme.name)
            if scheme == loginScheme { names.append(Self.oauthName) }
        }
        return names.map { name in
            [JSONReference<OpenAPI.SecurityScheme>.component(named: name): requirement.roleNames]
        }
    }
}
