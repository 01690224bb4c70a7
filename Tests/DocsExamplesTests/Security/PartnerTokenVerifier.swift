import Foundation
import Warrant
import WarrantCrypto

// docs/15: a credential verifier of your own.

/// Long-lived tokens a partner was issued before the API had OAuth: `Authorization: Bearer ptk_<secret>`.
///
/// The server keeps only each token's BLAKE2b-256 digest, compares in constant time, and may grant at most
/// the `member` role, whatever the table says.
struct PartnerTokenVerifier: CredentialVerifier {
    /// Digest of a token → the partner it belongs to and the roles it carries.
    let partners: [[UInt8]: (name: String, roles: [String])]

    let scheme = CredentialScheme(
        name: "partnerToken",
        label: "partner",
        kind: .httpBearer(format: "opaque"),
        description: "A partner's long-lived token, `Authorization: Bearer ptk_…`.",
        grantableRoles: ["member"]
    )

    /// Only `ptk_` tokens are this verifier's; others go to the next verifier.
    func recognizes(_ credential: Substring) -> Bool {
        credential.hasPrefix("ptk_")
    }

    func verify(_ credential: Substring) async -> CredentialCheck {
        check(credential)
    }

    /// The digests are in memory: the gate may decide without waiting.
    func checkWithoutWaiting(_ credential: Substring) -> CredentialCheck? {
        check(credential)
    }

    /// The partner whose token's digest matches, compared in constant time.
    func check(_ credential: Substring) -> CredentialCheck {
        let digest = Digest.blake2b256(credential.utf8)
        for (known, partner) in partners where ConstantTime.equals(known, digest) {
            return .verified(VerifiedCredential(subject: "partner:" + partner.name, roles: partner.roles, issuer: "partners"))
        }
        return .refused(.unknownCredential)
    }
}

/// The gate, PASETO tokens first, then partner tokens.
func partnerGate(paseto: AccessTokenVerifier, partners: PartnerTokenVerifier) -> AccessGate {
    AccessGate(verifiers: [paseto, partners], roles: [Admin.self])
}
