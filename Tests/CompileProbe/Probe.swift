// The positive twins of the compile-fail cases in Tests/CompileFail: each line here compiles, and the
// matching case there, which changes only the access type, must not. `make test-compile-fail` swaps
// this file for each case in turn; this version is what the package normally builds.
@testable import App
import Warrant

/// An admin handler called with an admin request.
func adminHandlerWithAdminRequest(_ request: Request<Authorized<Admin>>, routes: AdminRoutes, page: PageRequest) async {
    _ = try? await routes.allTodos(request, page: page)
}

/// An admin-only domain operation called with an admin proof.
func adminOperationWithAdminProof(_ request: Request<Authorized<Admin>>, store: any TodoStore, page: PageRequest) async {
    _ = try? await store.all(by: request.proof, page: page)
}

/// A member operation called with a member proof.
func memberOperationWithMemberProof(_ request: Request<Authorized<Member>>, store: any TodoStore, page: PageRequest) async {
    _ = try? await store.find(1, for: request.proof)
}

/// A proof obtained the only way there is: from a lifted request.
func proofFromRequest(_ request: Request<Authorized<Admin>>) -> Proof<Admin> {
    request.proof
}

/// Narrowing an admin's proof to a member's, which the role relation allows.
func narrowAdminToMember(_ proof: Proof<Admin>) -> Proof<Member> {
    proof.included()
}

/// A role unrelated to `Member`, for the lattice cases.
enum ProbeAuditor: Role {
    static let name = "probe-auditor"
}

/// A role that includes two others.
enum ProbeLead: Role {
    static let name = "probe-lead"
    typealias Includes = Roles<Admin, ProbeAuditor>
}

/// Narrowing a proof of a role that includes several: one proof per included role, in order.
func narrowLeadToEach(_ proof: Proof<ProbeLead>) -> (Proof<Admin>, Proof<ProbeAuditor>) {
    proof.included()
}

/// Narrowing transitively, one inclusion at a time.
func narrowLeadToMember(_ proof: Proof<ProbeLead>) -> Proof<Member> {
    let (admin, _) = proof.included()
    return admin.included()
}

/// A request passed along at its own access level.
func passRequestAlong(_ request: Request<Authorized<Admin>>) -> Request<Authorized<Admin>> {
    request
}

/// A custom credential verifier: it answers who the caller is and which role names they carry; the gate
/// turns that into an identity and the role graph into a proof.
struct ProbeHeaderVerifier: CredentialVerifier {
    let scheme = CredentialScheme(name: "probeHeader", label: "probe", kind: .apiKey(header: .init("X-Probe")!), description: "A probe.")

    func verify(_ credential: Substring) async -> CredentialCheck {
        credential == "let-me-in" ? .verified(VerifiedCredential(subject: "probe", roles: ["member"], issuer: "probe")) : .refused(.unknownCredential)
    }
}
