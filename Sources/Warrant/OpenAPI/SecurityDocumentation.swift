import Foundation
import OpenAPIKit

/// How access requirements appear in the document: the security schemes and each operation's requirement.
struct SecurityDocumentation: Sendable {
    /// The OAuth2 password-grant token URL, when the API has a login.
    var passwordLoginURL: String?
    /// Every role name, for the OAuth2 scopes.
    var roles: [String]

    /// Public APIs: no schemes.
    static let none = SecurityDocumentation(passwordLoginURL: nil, roles: [])

    /// The 401 response's description.
    var unauthorizedDescription: String { "No valid access token was sent (missing, malformed, tampered, expired or not yet valid)." }
    /// The 403 response's description.
    var forbiddenDescription: String { "The access token is valid but does not grant the required role." }

    static let bearerName = "bearerAuth"
    static let oauthName = "oauth2Password"

    /// `components.securitySchemes`.
    var schemes: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> {
        var schemes: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> = [
            OpenAPI.ComponentKey(stringLiteral: Self.bearerName): .b(.http(
                scheme: "bearer",
                bearerFormat: "PASETO v4.public",
                description: """
                    A PASETO v4.public access token (Ed25519), sent as `Authorization: Bearer <token>`. \
                    Its footer names the signing key (`{"kid": "k4.pid…"}`); its claims are `sub`, `roles`, `iss`, \
                    `iat` and `exp` (RFC 3339). The role names an operation lists are required; a role that \
                    includes another (an admin is also a member) satisfies it.
                    """
            )),
        ]
        if let passwordLoginURL, let tokenURL = URL(string: passwordLoginURL) {
            var scopes: OrderedDictionary<String, String> = [:]
            for role in roles where !role.isEmpty { scopes[role] = "The \(role) role." }
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
