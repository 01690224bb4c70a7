import Foundation
import HTTPTypes
import Testing
import App
import Warrant
import WarrantCrypto
import WarrantTesting

/// The template app's access rules over HTTP: who reaches what, and whose rows.
@Suite("App access")
struct AccessTests {
    let issuer: AccessTokenIssuer
    let client: TestClient

    init() throws {
        let key = try PASETOSecretKey.generate()
        issuer = AccessTokenIssuer(secretKey: key, issuer: "warrant")
        let verifier = AccessTokenVerifier(keyring: PublicKeyring([key.publicKey]), issuer: "warrant")
        client = try TestClient(api: TodoAPI.make(verifier: verifier))
    }

    private func headers(_ subject: String, _ roles: [String]) -> HTTPFields {
        [.authorization: "Bearer \(issuer.mint(subject: subject, roles: roles).value)"]
    }

    @Test("GET /me returns any authenticated caller's claims; no token is 401")
    func me() async throws {
        let me = try await client.get("/me", headers: headers("gina", ["guest"]))
        let body = try me.json()
        guard case .object(let object) = body else { Issue.record("not an object"); return }
        #expect(object["id"] == .string("gina"))
        #expect(object["roles"] == .array([.string("guest")]))
        #expect(try await client.get("/me").status == .unauthorized)
    }

    @Test("a member's todo is invisible to another member: 404, not 403")
    func objectLevel() async throws {
        let created = try await client.post("/todos", json: #"{"title":"alice's"}"#, headers: headers("alice", ["member"]))
        #expect(created.status == .created)
        let location = try #require(created.headers[.location])
        #expect(try await client.get(location, headers: headers("alice", ["member"])).status == .ok)
        let other = try await client.get(location, headers: headers("bob", ["member"]))
        #expect(other.status == .notFound)
        #expect(try await client.get("/todos", headers: headers("bob", ["member"])).text == "[]")
    }

    @Test("the admin-only listing: admins see every owner's todos, members get 403")
    func adminOnly() async throws {
        _ = try await client.post("/todos", json: #"{"title":"one"}"#, headers: headers("alice", ["member"]))
        let all = try await client.get("/admin/todos", headers: headers("root", ["admin"]))
        #expect(all.status == .ok)
        #expect(all.text.contains(#""owner":"alice""#))
        let member = try await client.get("/admin/todos", headers: headers("alice", ["member"]))
        #expect(member.status == .forbidden)
        #expect(try await client.get("/admin/todos").status == .unauthorized)
    }

    @Test("an admin is also a member: admins reach the todo routes")
    func adminIsMember() async throws {
        #expect(try await client.get("/todos", headers: headers("root", ["admin"])).status == .ok)
    }
}
