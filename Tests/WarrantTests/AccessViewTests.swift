import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

/// The docs' access page: `/docs/access.json` says, per operation, what the server answers this caller.
@Suite("The caller's access view")
struct AccessViewTests {
    struct Operation: Decodable, Equatable {
        let method: String
        let path: String
        let allowed: Bool
        let refusal: Int?
        let reason: String
    }

    struct View: Decodable {
        struct Caller: Decodable { let subject: String; let scheme: String; let roles: [String] }
        let caller: Caller?
        let operations: [Operation]
    }

    let full = RecordingVerifier.bearer("full", prefix: "full.")
    let limited = RecordingVerifier.bearer("limited", prefix: "", grantable: ["member"])

    func client() throws -> TestClient {
        try TestClient(api: API(info: APIInfo(title: "View", version: "1"), gate: AccessGate(verifiers: [full, limited], roles: [TestAdmin.self])) {
            $0.include(SecuredRoutes())
        })
    }

    func view(_ client: TestClient, _ token: String?) async throws -> View {
        let response = try await client.get("/docs/access.json", headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:])
        #expect(response.status == .ok && response.headers[.cacheControl] == "no-store")
        return try JSONDecoder().decode(View.self, from: Data(response.body.readableBytesView))
    }

    @Test("for every caller, each operation the view allows answers, and each it refuses answers the refusal it names",
          arguments: [nil, "full.root:admin", "full.ann:member", "mallory:admin", "mallory:admin,member", "full.nobody:"])
    func agreesWithTheServer(token: String?) async throws {
        let client = try client()
        let view = try await view(client, token)
        #expect(view.operations.count == 4)
        for operation in view.operations {
            let answer = try await client.get(operation.path, headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:])
            if operation.allowed {
                #expect(answer.status == .ok, "\(operation.path) for \(token ?? "anonymous"): \(operation.reason)")
            } else {
                #expect(Int(answer.status.code) == operation.refusal, "\(operation.path) for \(token ?? "anonymous"): \(operation.reason)")
            }
        }
    }

    @Test("the reasons name the role, what includes it, the sign-in needed, and a role the credential's kind may not grant")
    func reasons() async throws {
        let client = try client()
        let anonymous = try await view(client, nil)
        #expect(anonymous.caller == nil)
        #expect(anonymous.operations.first { $0.path == "/admin" }?.reason == "requires role admin (admitted: admin): sign in first")
        #expect(anonymous.operations.first { $0.path == "/open" }?.reason == "public: anyone may call it")
        let admin = try await view(client, "full.root:admin")
        #expect(admin.caller?.subject == "root" && admin.caller?.scheme == "full")
        #expect(admin.operations.first { $0.path == "/member" }?.reason == "requires role member: your role admin includes it")
        let mallory = try await view(client, "mallory:admin")
        let refused = try #require(mallory.operations.first { $0.path == "/admin" })
        #expect(!refused.allowed && refused.refusal == 403)
        #expect(refused.reason == "requires role admin: your credential claims admin, but limited may not grant it (accepted here: full)")
        let member = try await view(client, "full.ann:member")
        #expect(member.operations.first { $0.path == "/admin" }?.reason == "requires role admin (admitted: admin); your roles: member")
    }

    @Test("a credential the gate refuses is refused here too (401), and the page that asks is served under the docs' policy")
    func refusedAndPage() async throws {
        let client = try client()
        let refused = try await client.get("/docs/access.json", headers: [.authorization: "Bearer full.:"])
        #expect(refused.status == .unauthorized)
        let page = try await client.get("/docs/access")
        #expect(page.status == .ok && page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        #expect(page.text.contains(#"<script src="/docs/access.js"></script>"#) && !page.text.contains("<script>"), "no inline script")
        let script = try await client.get("/docs/access.js")
        #expect(script.status == .ok && script.text.contains("textContent") && !script.text.contains("innerHTML"))
    }
}
