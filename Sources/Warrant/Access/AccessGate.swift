import HTTPTypes

/// How the server checks credentials when it lifts a request to a protected access state.
///
/// Built once at start-up from the configuration; shared by every route.
public struct AccessGate: Sendable {
    /// The token verifier; `nil` for an API with public routes only.
    public let verifier: AccessTokenVerifier?
    /// The URL of the OAuth2 password-grant login, when the API has one (it adds the OAuth2 scheme).
    public let passwordLoginURL: String?
    /// Which roles include which: the checked graph, set when the API's declarations are checked.
    var roles = RoleGraph()
    /// Roles the application declares beyond those its routes name.
    let declaredRoles: [any Role.Type]

    /// A gate that admits only public routes: protected ones answer 401.
    public init() {
        verifier = nil
        passwordLoginURL = nil
        declaredRoles = []
    }

    /// A gate that verifies bearer tokens with `verifier` (with none, protected routes answer 401; the
    /// OpenAPI document is the same either way).
    ///
    /// - Parameters:
    ///   - verifier: Checks bearer tokens; `nil` refuses every protected request.
    ///   - roles: Every role type of the application, so a role that includes others is known even if
    ///     no route names it.
    ///   - passwordLoginURL: The path of the OAuth2 password-grant token endpoint, if there is one.
    public init(verifier: AccessTokenVerifier?, roles: [any Role.Type] = [], passwordLoginURL: String? = nil) {
        self.verifier = verifier
        self.passwordLoginURL = passwordLoginURL
        declaredRoles = roles
    }

    /// The gate admitting callers by `graph`.
    func admitting(by graph: RoleGraph) -> AccessGate {
        var gate = self
        gate.roles = graph
        return gate
    }

    /// The identity the request's bearer token proves, or a 401 problem.
    func authenticate(_ headers: HTTPFields) throws(Problem) -> Identity {
        guard let authorization = headers.soleValue(.authorization) else {
            throw headers.contains(.authorization) ? AccessProblems.invalid : AccessProblems.missing
        }
        guard let token = BearerToken.parse(authorization) else { throw AccessProblems.invalid }
        guard let verifier, let identity = verifier.verify(token) else { throw AccessProblems.invalid }
        return identity
    }

    /// How the document describes the security schemes.
    var documentation: SecurityDocumentation {
        SecurityDocumentation(passwordLoginURL: passwordLoginURL, roles: roles)
    }
}
