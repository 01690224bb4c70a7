// expect: 'Proof<R>' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

/// A verifier that turns the identity it verified into an admin's proof by itself.
struct ProofMinter: CredentialVerifier {
    let scheme = CredentialScheme(name: "custom", label: "custom", kind: .httpBearer(format: "custom"), description: "custom")
    let seen: Identity

    func verify(_ credential: Substring) async -> CredentialCheck {
        let proof = Proof<Admin>(seen)
        return .verified(VerifiedCredential(subject: proof.subject, roles: ["admin"], issuer: "me"))
    }
}
