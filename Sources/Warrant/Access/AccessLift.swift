import HTTPTypes

/// The raw material of an access lift: the request's headers and the server's credential verifiers.
///
/// It has no public initialiser, so only the framework can lift a request: a handler cannot call
/// ``AccessState/lift(_:)`` to mint itself a proof.
public struct AccessLift: Sendable {
    /// The request's header fields.
    let headers: HTTPFields
    /// The routes' shared environment, whose gate holds the verifiers and the role graph. Held by reference:
    /// a lift on every request then copies no gate.
    private let environment: RouteEnvironment

    init(headers: HTTPFields, environment: RouteEnvironment) {
        self.headers = headers
        self.environment = environment
    }

    /// The identity the request's one credential proves, or a 401 (or 503) problem.
    ///
    /// Decided without an asynchronous call when the verifier can (``CredentialVerifier/checkWithoutWaiting(_:)``).
    @inline(__always)
    func authenticate() async throws(Problem) -> Identity {
        switch try environment.gate.authenticateWithoutWaiting(headers) {
        case .decided(let identity): return identity
        case .pending(let verifier, let credential): return try await environment.gate.authenticate(credential, with: verifier)
        }
    }

    /// Who may act as `role`; `nil` for a role the gate's graph does not know.
    func admission(to role: any Role.Type) -> RoleGraph.Admission? {
        environment.gate.roles.admitted(to: role)
    }
}
