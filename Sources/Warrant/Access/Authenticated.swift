/// The access state of a route any signed-in caller may use: a valid access token, whatever its roles.
public enum Authenticated: AccessState, FrameworkAccessState {
    /// The verified identity.
    public typealias Evidence = Identity

    static var requirement: AccessRequirement { .authenticated }

    /// Verifies the bearer token or throws 401.
    public static func lift(_ lift: AccessLift) throws(Problem) -> Identity {
        try lift.gate.authenticate(lift.headers)
    }
}
