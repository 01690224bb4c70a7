import Foundation
import HTTPTypes
import Synchronization
import Testing
import Warrant
import WarrantTesting

/// A verifier of the tests' own: `Token <subject>:<role>,<role>` style credentials in a header, or a
/// bearer format it recognises by prefix; it records what it was asked.
final class RecordingVerifier: CredentialVerifier {
    let scheme: CredentialScheme
    let prefix: String
    let answer: @Sendable (Substring) -> CredentialCheck
    private let seen = Mutex<[String]>([])

    init(scheme: CredentialScheme, prefix: String = "", answer: @escaping @Sendable (Substring) -> CredentialCheck) {
        self.scheme = scheme
        self.prefix = prefix
        self.answer = answer
    }

    func recognizes(_ credential: Substring) -> Bool { credential.hasPrefix(prefix) }

    func verify(_ credential: Substring) async -> CredentialCheck {
        seen.withLock { $0.append(String(credential)) }
        return answer(credential)
    }

    var calls: [String] { seen.withLock { $0 } }

    /// A bearer scheme of format `name`, verifying `subject:role,role` tokens after its prefix.
    static func bearer(_ name: String, prefix: String, grantable: Set<String>? = nil) -> RecordingVerifier {
        RecordingVerifier(
            scheme: CredentialScheme(name: name, label: name, kind: .httpBearer(format: name), description: name, grantableRoles: grantable),
            prefix: prefix
        ) { credential in
            let body = credential.dropFirst(prefix.count).split(separator: ":", omittingEmptySubsequences: false)
            guard body.count == 2, !body[0].isEmpty else { return .refused(.malformed) }
            return .verified(VerifiedCredential(subject: String(body[0]), roles: body[1].split(separator: ",").map(String.init), issuer: name))
        }
    }
}

/// A verifier that decides `memo.` tokens without waiting and leaves the rest to `verify`; it records which
/// path saw each token.
final class TwoPathVerifier: CredentialVerifier {
    let scheme = CredentialScheme(name: "twoPath", label: "twoPath", kind: .httpBearer(format: "twoPath"), description: "t")
    private let asked = Mutex<(withoutWaiting: [String], verified: [String])>(([], []))

    func checkWithoutWaiting(_ credential: Substring) -> CredentialCheck? {
        asked.withLock { $0.withoutWaiting.append(String(credential)) }
        return credential.hasPrefix("memo.") ? Self.check(credential) : nil
    }

    func verify(_ credential: Substring) async -> CredentialCheck {
        asked.withLock { $0.verified.append(String(credential)) }
        return Self.check(credential)
    }

    /// `<anything>.<subject>`: verified as a member; `refuse` anywhere is refused.
    static func check(_ credential: Substring) -> CredentialCheck {
        guard !credential.contains("refuse"), let subject = credential.split(separator: ".").last else { return .refused(.badSignature) }
        return .verified(VerifiedCredential(subject: String(subject), roles: ["member"], issuer: "t"))
    }

    var withoutWaiting: [String] { asked.withLock { $0.withoutWaiting } }
    var verified: [String] { asked.withLock { $0.verified } }
}

@Suite("The credential-verifier seam")
struct CredentialGateTests {
    func api(_ verifiers: [any CredentialVerifier]) -> API {
        API(info: APIInfo(title: "Gate", version: "1"), gate: AccessGate(verifiers: verifiers, roles: [TestAdmin.self])) { $0.include(SecuredRoutes()) }
    }

    @Test("the first verifier that recognises a bearer token decides it; a refusal is not passed on to the next")
    func order() async throws {
        let first = RecordingVerifier.bearer("first", prefix: "one.")
        let second = RecordingVerifier.bearer("second", prefix: "two.")
        let refusing = RecordingVerifier(scheme: first.scheme, prefix: "") { _ in .refused(.badSignature) }
        let client = try TestClient(api: api([first, second]))
        let me = try await client.get("/me", headers: [.authorization: "Bearer two.bob:member"])
        #expect(me.status == .ok)
        #expect(try me.decode(Caller.self) == Caller(subject: "bob", roles: ["member"]))
        #expect(first.calls.isEmpty && second.calls == ["two.bob:member"])
        let unknown = try await client.get("/me", headers: [.authorization: "Bearer three.carol:member"])
        #expect(unknown.status == .unauthorized, "a token no verifier recognises")
        let shadowed = RecordingVerifier.bearer("later", prefix: "")
        let strict = try TestClient(api: api([refusing, shadowed]))
        #expect(try await strict.get("/me", headers: [.authorization: "Bearer x:member"]).status == .unauthorized)
        #expect(shadowed.calls.isEmpty, "the refused credential did not reach the next verifier")
    }

    @Test("a verifier says who the caller is; the gate keeps only the roles its scheme may grant, and the role graph decides")
    func grantableRoles() async throws {
        let full = RecordingVerifier.bearer("full", prefix: "full.")
        let limited = RecordingVerifier.bearer("limited", prefix: "", grantable: ["member"])
        let client = try TestClient(api: api([full, limited]))
        #expect(try await client.get("/admin", headers: [.authorization: "Bearer full.root:admin"]).status == .ok)
        let me = try await client.get("/me", headers: [.authorization: "Bearer mallory:admin,member,wizard"])
        #expect(try me.decode(Caller.self).roles == ["member"], "admin (not grantable) is dropped")
        #expect(try await client.get("/admin", headers: [.authorization: "Bearer mallory:admin"]).status == .forbidden)
        #expect(try await client.get("/member", headers: [.authorization: "Bearer mallory:admin,member"]).status == .ok)
    }

    @Test("a credential that cannot be checked now answers 503 with Retry-After, not 401")
    func unavailable() async throws {
        let down = RecordingVerifier(scheme: .init(name: "idp", label: "idp", kind: .httpBearer(format: "JWT"), description: "d", mayBeUnavailable: true)) { _ in
            .unavailable(retryAfterSeconds: 7)
        }
        let client = try TestClient(api: api([down]))
        let response = try await client.get("/member", headers: [.authorization: "Bearer anything"])
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "7")
        #expect(try response.problem().detail == "The credential cannot be checked right now; try again shortly.")
        let spec = try api([down]).specification().jsonText
        #expect(spec.contains("Credential check unavailable"), "the 503 is documented on protected operations")
    }

    @Test("a verifier that decides without waiting is not asked to verify; one that answers nil is, and a refusal is 401 either way")
    func withoutWaiting() async throws {
        let verifier = TwoPathVerifier()
        let client = try TestClient(api: api([verifier]))
        #expect(try await client.get("/member", headers: [.authorization: "Bearer memo.alice"]).status == .ok)
        #expect(verifier.withoutWaiting == ["memo.alice"] && verifier.verified.isEmpty)
        #expect(try await client.get("/member", headers: [.authorization: "Bearer slow.bob"]).status == .ok)
        #expect(verifier.withoutWaiting == ["memo.alice", "slow.bob"] && verifier.verified == ["slow.bob"])
        let refusedNow = try await client.get("/member", headers: [.authorization: "Bearer memo.refuse"])
        #expect(refusedNow.status == .unauthorized)
        #expect(refusedNow.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#)
        #expect(try await client.get("/member", headers: [.authorization: "Bearer slow.refuse"]).status == .unauthorized)
        #expect(verifier.verified == ["slow.bob", "slow.refuse"])
    }

    @Test("with tracing on, every check goes through verify, so its span is recorded")
    func withoutWaitingIsSkippedWhenTraced() async throws {
        let verifier = TwoPathVerifier()
        let traced = API(
            info: APIInfo(title: "Gate", version: "1"), gate: AccessGate(verifiers: [verifier], roles: [TestAdmin.self]),
            operations: OperationsOptions(tracing: true)
        ) { $0.include(SecuredRoutes()) }
        let client = try TestClient(api: traced)
        #expect(try await client.get("/member", headers: [.authorization: "Bearer memo.alice"]).status == .ok)
        #expect(verifier.withoutWaiting.isEmpty && verifier.verified == ["memo.alice"])
    }

    @Test("one credential per request: a bearer token and an API key together are 401 invalid_request")
    func ambiguous() async throws {
        let bearer = RecordingVerifier.bearer("bearer", prefix: "")
        let keyed = RecordingVerifier(scheme: .init(name: "apiKey", label: "api-key", kind: .apiKey(header: HTTPField.Name("X-API-Key")!), description: "k")) { _ in
            .verified(VerifiedCredential(subject: "bot", roles: ["member"], issuer: "k"))
        }
        let client = try TestClient(api: api([bearer, keyed]))
        #expect(try await client.get("/member", headers: [HTTPField.Name("X-API-Key")!: "k"]).status == .ok)
        let both = try await client.get("/member", headers: [.authorization: "Bearer alice:member", HTTPField.Name("X-API-Key")!: "k"])
        #expect(both.status == .unauthorized)
        #expect(both.headers[.wwwAuthenticate] == #"Bearer error="invalid_request""#)
        let twice = try await client.send(.get, "/member", headers: [HTTPField.Name("X-API-Key")!: "k", HTTPField.Name("X-API-Key")!: "k"])
        #expect(twice.status == .unauthorized, "a repeated credential header")
    }

    @Test("each operation lists the schemes that may grant a role it admits; the report names their kinds")
    func documentation() throws {
        let paseto = RecordingVerifier.bearer("bearerAuth", prefix: "v4.")
        let keys = RecordingVerifier(scheme: .init(name: "apiKey", label: "api-key", kind: .apiKey(header: HTTPField.Name("X-API-Key")!), description: "k", grantableRoles: ["member"])) { _ in .refused(.malformed) }
        let api = api([paseto, keys])
        let document = try JSONSerialization.jsonObject(with: Data(try api.specification().jsonText.utf8)) as? [String: Any] ?? [:]
        let paths = document["paths"] as? [String: [String: [String: Any]]] ?? [:]
        #expect(paths["/member"]?["get"]?["security"] as? [[String: [String]]] == [["bearerAuth": ["member"]], ["apiKey": ["member"]]])
        #expect(paths["/admin"]?["get"]?["security"] as? [[String: [String]]] == [["bearerAuth": ["admin"]]], "API keys may not grant admin")
        #expect(paths["/me"]?["get"]?["security"] as? [[String: [String]]] == [["bearerAuth": []], ["apiKey": []]])
        let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: Any]] ?? [:]
        #expect(schemes["apiKey"]?["type"] as? String == "apiKey" && schemes["apiKey"]?["name"] as? String == "X-API-Key" && schemes["apiKey"]?["in"] as? String == "header")
        let report = try api.securityReport()
        #expect(report.rows.map(\.credentials) == [["bearerAuth"], ["bearerAuth", "api-key"], ["bearerAuth", "api-key"], []])
    }

    @Test("declaration errors: two schemes under one name, a grantable role nobody declares, a role no scheme may grant")
    func declarationErrors() throws {
        let one = RecordingVerifier.bearer("same", prefix: "a")
        let two = RecordingVerifier.bearer("same", prefix: "b", grantable: ["membr"])
        let error = #expect(throws: APIDeclarationError.self) { try api([one, two]).validate() }
        #expect(error?.problems.contains("two credential verifiers use the security scheme name 'same'; each scheme needs its own name") == true)
        #expect(error?.problems.contains { $0.hasPrefix("the 'same' scheme may grant the role 'membr', which no role type declares") } == true)
        let memberOnly = RecordingVerifier.bearer("memberOnly", prefix: "", grantable: ["member"])
        let unreachable = #expect(throws: APIDeclarationError.self) { try api([memberOnly]).validate() }
        #expect(unreachable?.problems.contains { $0.contains("requires the role 'admin', which no configured credential scheme may grant") } == true)
        let noBearer = API(info: APIInfo(title: "G", version: "1"), gate: AccessGate(verifiers: [], passwordLoginURL: "/auth/token")) { $0.include(SecuredRoutes()) }
        let login = #expect(throws: APIDeclarationError.self) { try noBearer.validate() }
        #expect(login?.problems.contains { $0.contains("no bearer-token verifier is configured") } == true)
    }
}
