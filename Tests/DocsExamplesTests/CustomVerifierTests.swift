import Foundation
import Testing
import Warrant
import WarrantCrypto
import WarrantTesting

/// Who is calling.
@Schema
struct PartnerCaller: Sendable {
    /// The caller's subject.
    var subject: String
}

/// docs/15's verifier of its own: it says who a partner is; the gate keeps only `member`, and the role graph
/// decides.
@Suite("docs/15: a credential verifier of your own")
struct CustomVerifierTests {
    /// A member-only route and an admin-only one.
    @Routes(tag: "partners")
    struct PartnerRoutes {
        /// Who is calling.
        @GET("/whoami")
        func whoami(_ request: Request<Authorized<Member>>) -> PartnerCaller {
            PartnerCaller(subject: request.proof.subject)
        }

        /// Administration.
        @GET("/admin")
        func admin(_ request: Request<Authorized<Admin>>) -> PartnerCaller {
            PartnerCaller(subject: request.proof.subject)
        }
    }

    @Test("a partner token reaches member routes only, even when the table says admin; PASETO tokens still work")
    func partners() async throws {
        let keys = try TestKeys()
        let verifier = PartnerTokenVerifier(partners: [Digest.blake2b256("ptk_acme-secret".utf8): (name: "acme", roles: ["member", "admin"])])
        let api = API(info: APIInfo(title: "Partners", version: "1"), gate: partnerGate(paseto: keys.authSettings().tokenVerifier(), partners: verifier)) {
            $0.include(PartnerRoutes())
        }
        let client = try TestClient(api: api, tokens: keys.issuer())
        #expect(try await client.get("/whoami", as: .token("ptk_acme-secret")).json()["subject"] == .string("partner:acme"))
        #expect(try await client.get("/admin", as: .token("ptk_acme-secret")).status == .forbidden)
        #expect(try await client.get("/whoami", as: .token("ptk_wrong")).status == .unauthorized)
        #expect(try await client.get("/admin", as: .admin).status == .ok)
        let report = try api.securityReport()
        #expect(report.rows.map(\.credentials) == [["paseto"], ["paseto", "partner"]])
    }
}
