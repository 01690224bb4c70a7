// expect: cannot convert value of type 'Proof<Admin>' to expected argument type 'VerifiedCredential'
@testable import App
import Warrant

/// A verifier holding an admin's proof (taken from some admin request) cannot answer it for another caller:
/// a verifier answers claims, which the gate checks against the role graph, never a proof.
struct ProofReplayer: CredentialVerifier {
    let scheme = CredentialScheme(name: "custom", label: "custom", kind: .httpBearer(format: "custom"), description: "custom")
    let stolen: Proof<Admin>

    func verify(_ credential: Substring) async -> CredentialCheck {
        .verified(stolen)
    }
}
