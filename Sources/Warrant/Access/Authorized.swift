/// The access state of a route that requires role `R`: `Request<Authorized<Admin>>`.
///
/// It has no cases, so no value of it exists; the type only names what a request has proven.
public enum Authorized<R: Role>: AccessState, FrameworkAccessState {
    /// The role proof.
    public typealias Evidence = Proof<R>

    static var requirement: AccessRequirement { .role(R.name) }
    static var requiredRole: (any Role.Type)? { R.self }

    /// Verifies the request's credential (401 when invalid), then the role (403 when the credential grants
    /// neither `R` nor a role that includes it, per the checked role graph).
    public static func lift(_ lift: AccessLift) async throws(Problem) -> Proof<R> {
        let identity = try await lift.authenticate()
        guard let admitted = lift.admission(to: R.self) else {
            throw AccessProblems.forbidden(role: R.name)
        }
        guard admitted.admits(identity.roles) else {
            throw admitted.forbidden
        }
        return Proof(identity)
    }
}
