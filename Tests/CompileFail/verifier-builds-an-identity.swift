// expect: 'Identity' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

/// A custom verifier may say who a caller is, as a VerifiedCredential; it cannot build the Identity itself.
struct IdentityMaker: CredentialVerifier {
    let scheme = CredentialScheme(name: "custom", label: "custom", kind: .httpBearer(format: "custom"), description: "custom")

    func verify(_ credential: Substring) async -> CredentialCheck {
        let identity = Identity(VerifiedCredential(subject: "root", roles: ["admin"], issuer: "me"), scheme: scheme)
        return .verified(VerifiedCredential(subject: identity.subject, roles: identity.roles, issuer: identity.issuer))
    }
}
