/// The access state of a route any signed-in caller may use: a valid access token, whatever its roles.
public enum Authenticated: AccessState, FrameworkAccessState {
    /// The verified identity.
    public typealias Evidence = Identity

    static var requirement: AccessRequirement { .authenticated }

    /// Verifies the request's credential or throws 401 (503 when it cannot be checked now).
    public static func lift(_ lift: AccessLift) async throws(Problem) -> Identity {
        try await lift.authenticate()
    }
}
