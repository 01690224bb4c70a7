/// The access state of a route that requires role `R`: `Request<Authorized<Admin>>`.
///
/// It has no cases, so no value of it exists; the type only names what a request has proven.
public enum Authorized<R: Role>: AccessState {
    /// The role proof.
    public typealias Evidence = Proof<R>

    /// The role's name.
    public static var requirement: AccessRequirement { .role(R.name) }

    /// Verifies the bearer token (401 when invalid), then the role (403 when the token lacks it).
    public static func lift(_ lift: AccessLift) throws(Problem) -> Proof<R> {
        let identity = try lift.gate.authenticate(lift.headers)
        guard lift.gate.grants(identity, R.name) else {
            throw AccessProblems.forbidden(role: R.name)
        }
        return Proof(identity)
    }

    /// `R` and the roles it includes, so the gate learns which roles include which.
    public static var roleChain: [String] { R.chain }
}
