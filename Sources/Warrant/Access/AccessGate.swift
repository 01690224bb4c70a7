import HTTPTypes

/// How the server checks credentials when it lifts a request to a protected access state.
///
/// Built once at start-up from the configuration; shared by every route. Its verifiers are tried in the order
/// given: a request carries one credential (a bearer token, or a key in a header such as `X-API-Key`), and
/// the first verifier whose scheme carries it there and which recognises its format decides — it is never
/// passed on to the next after a refusal.
public struct AccessGate: Sendable {
    /// The credential verifiers, in the order they are tried.
    public let verifiers: [any CredentialVerifier]
    /// The URL of the OAuth2 password-grant login, when the API has one (it adds the OAuth2 scheme).
    public let passwordLoginURL: String?
    /// Which roles include which: the checked graph, set when the API's declarations are checked.
    var roles = RoleGraph()
    /// Roles the application declares beyond those its routes name.
    let declaredRoles: [any Role.Type]
    /// The distinct request headers credentials travel in, in verifier order.
    let credentialHeaders: [HTTPField.Name]

    /// A gate with no keys: protected routes answer 401, and the document describes PASETO bearer tokens.
    public init() {
        self.init(verifier: nil)
    }

    /// A gate that verifies Warrant's PASETO bearer tokens with `verifier` (with none, protected routes answer
    /// 401; the OpenAPI document is the same either way).
    ///
    /// - Parameters:
    ///   - verifier: Checks bearer tokens; `nil` refuses every protected request.
    ///   - roles: Every role type of the application, so a role that includes others is known even if
    ///     no route names it.
    ///   - passwordLoginURL: The path of the OAuth2 password-grant token endpoint, if there is one.
    public init(verifier: AccessTokenVerifier?, roles: [any Role.Type] = [], passwordLoginURL: String? = nil) {
        self.init(verifiers: [verifier ?? .refusingEveryToken], roles: roles, passwordLoginURL: passwordLoginURL)
    }

    /// A gate that tries `verifiers` in order.
    ///
    /// - Parameters:
    ///   - verifiers: The credential verifiers (PASETO tokens, an OIDC provider's JWTs, API keys, your own).
    ///   - roles: Every role type of the application.
    ///   - passwordLoginURL: The path of the OAuth2 password-grant token endpoint, if there is one; its tokens
    ///     are the first bearer scheme's, and the document offers the password flow beside it.
    public init(verifiers: [any CredentialVerifier], roles: [any Role.Type] = [], passwordLoginURL: String? = nil) {
        self.verifiers = verifiers
        self.passwordLoginURL = passwordLoginURL
        declaredRoles = roles
        var headers: [HTTPField.Name] = []
        for verifier in verifiers where !headers.contains(verifier.scheme.header) {
            headers.append(verifier.scheme.header)
        }
        credentialHeaders = headers
    }

    /// What the operator turned on: whether refusals are counted in the metrics, whether checks are traced
    /// as spans (a traced check always calls the verifier's `verify`, never its answer without waiting), and
    /// whether the verified subject is recorded for the access log.
    private(set) var operations = OperationsOptions()

    /// The gate recording what `operations` asks.
    func observing(_ operations: OperationsOptions) -> AccessGate {
        var gate = self
        gate.operations = operations
        return gate
    }

    /// The gate admitting callers by `graph`.
    func admitting(by graph: RoleGraph) -> AccessGate {
        var gate = self
        gate.roles = graph
        return gate
    }

    /// The schemes of the verifiers, in order.
    var schemes: [CredentialScheme] { verifiers.map(\.scheme) }

    /// What is wrong with the verifiers given the checked roles: one sentence each.
    func problems(roles graph: RoleGraph) -> [String] {
        var problems: [String] = []
        var names: Set<String> = []
        for scheme in schemes {
            if !names.insert(scheme.name).inserted {
                problems.append("two credential verifiers use the security scheme name '\(scheme.name)'; each scheme needs its own name")
            }
            for role in (scheme.grantableRoles ?? []).sorted() where graph.node(named: role) == nil {
                problems.append("the '\(scheme.name)' scheme may grant the role '\(role)', which no role type declares (known: \(graph.names.joined(separator: ", ")))")
            }
        }
        if passwordLoginURL != nil, !schemes.contains(where: { if case .httpBearer = $0.kind { true } else { false } }) {
            problems.append("the password login at '\(passwordLoginURL ?? "")' issues bearer tokens, but no bearer-token verifier is configured to accept them")
        }
        return problems
    }

    /// How the document describes the security schemes.
    var documentation: SecurityDocumentation {
        SecurityDocumentation(passwordLoginURL: passwordLoginURL, roles: roles, schemes: schemes)
    }
}
