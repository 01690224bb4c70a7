import Foundation
import OpenAPIKit

/// How access requirements appear in the document: the security schemes and each operation's requirement,
/// written from the same checked ``RoleGraph`` the gate admits callers by.
struct SecurityDocumentation: Sendable {
    /// The OAuth2 password-grant token URL, when the API has a login.
    var passwordLoginURL: String?
    /// The roles, for the OAuth2 scopes and who each requirement admits.
    var roles: RoleGraph

    /// The 401 response's description.
    var unauthorizedDescription: String { "No valid access token was sent (missing, malformed, tampered, expired or not yet valid)." }

    /// The 403 response's description for an operation that requires `role`.
    func forbiddenDescription(for role: String) -> String {
        let admitted = admittedRoles(for: .role(role))
        return "The access token is valid but grants none of the roles admitted here: \(admitted.map { "`\($0)`" }.joined(separator: ", "))."
    }

    /// The token roles an operation admits: the required role and every role that includes it.
    func admittedRoles(for requirement: AccessRequirement) -> [String] {
        guard case .role(let name) = requirement else { return [] }
        return roles.node(named: name)?.admittedBy ?? [name]
    }

    static let bearerName = "bearerAuth"
    static let oauthName = "oauth2Password"
    /// The operation extension listing every token role the operation admits.
    static let admittedRolesExtension = "x-admitted-roles"

    /// `components.securitySchemes`.
    var schemes: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> {
        var schemes: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> = [
            OpenAPI.ComponentKey(stringLiteral: Self.bearerName): .b(.http(
                scheme: "bearer",
                bearerFormat: "PASETO v4.public",
                description: """
                    A PASETO v4.public access token (Ed25519), sent as `Authorization: Bearer <token>`. \
                    Its footer names the signing key (`{"kid": "k4.pid…"}`); its claims are `sub`, `roles`, `iss`, \
                    `iat` and `exp` (RFC 3339). The role an operation lists is required; a role that \
                    includes it satisfies it too, and the operation's `x-admitted-roles` lists every role admitted.
                    """
            )),
        ]
        if let passwordLoginURL, let tokenURL = URL(string: passwordLoginURL) {
            var scopes: OrderedDictionary<String, String> = [:]
            for node in roles.nodes {
                scopes[node.name] = node.includes.isEmpty
                    ? node.summary
                    : "\(node.summary) Includes \(node.includes.map { "`\($0)`" }.joined(separator: ", "))."
            }
            schemes[OpenAPI.ComponentKey(stringLiteral: Self.oauthName)] = .b(.oauth2(
                flows: OpenAPI.OAuthFlows(password: .init(tokenUrl: tokenURL, scopes: scopes)),
                description: "Sign in with a username and password (the OAuth2 password grant); the token endpoint answers a bearer access token."
            ))
        }
        return schemes
    }

    /// The operation's `security`: `[]` for public operations, else each scheme with the role names.
    func requirement(for requirement: AccessRequirement) -> [OpenAPI.SecurityRequirement] {
        guard requirement != .none else { return [] }
        var names = [Self.bearerName]
        if passwordLoginURL != nil { names.append(Self.oauthName) }
        return names.map { name in
            [JSONReference<OpenAPI.SecurityScheme>.component(named: name): requirement.roleNames]
        }
    }
}
