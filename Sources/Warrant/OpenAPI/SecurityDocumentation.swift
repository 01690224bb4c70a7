import OpenAPIKit

/// How access requirements appear in the document: the security schemes and each operation's requirement.
struct SecurityDocumentation: Sendable {
    /// `components.securitySchemes`.
    var schemes: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme>
    /// Scheme names an operation's requirement lists.
    var schemeNames: [String]
    /// The 401 response's description.
    var unauthorizedDescription = "No valid access token was sent."
    /// The 403 response's description.
    var forbiddenDescription = "The access token does not grant the required role."

    /// Public APIs: no schemes.
    static let none = SecurityDocumentation(schemes: [:], schemeNames: [])

    /// The operation's `security`: `[]` for public operations, else each scheme with the role names.
    func requirement(for requirement: AccessRequirement) -> [OpenAPI.SecurityRequirement] {
        guard requirement != .none else { return [] }
        return schemeNames.map { name in
            [JSONReference<OpenAPI.SecurityScheme>.component(named: name): requirement.roleNames]
        }
    }
}
