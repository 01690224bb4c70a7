import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantCrypto
import WarrantTesting

@Suite("Access lifts: 401 and 403 over HTTP")
struct SecurityTests {
    let fixture: SecurityFixture
    let client: TestClient

    init() throws {
        fixture = try SecurityFixture()
        client = try TestClient(api: fixture.api())
    }

    private func get(_ path: String, token: String?) async throws -> TestResponse {
        try await client.get(path, headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:])
    }

    private func expectInvalid(_ token: String, _ comment: Comment, path: String = "/member") async throws {
        let response = try await get(path, token: token)
        #expect(response.status == .unauthorized, comment)
        #expect(response.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#, comment)
        #expect(try response.problem().detail == "The credential is invalid, expired or revoked.", comment)
    }

    @Test("no credentials: 401 with a bare Bearer challenge")
    func missing() async throws {
        let response = try await get("/member", token: nil)
        #expect(response.status == .unauthorized)
        #expect(response.headers[.wwwAuthenticate] == "Bearer")
        #expect(response.headers[.contentType] == "application/problem+json")
        #expect(try response.problem().status == 401)
    }

    @Test("a public route needs nothing; any valid token passes Authenticated")
    func openAndAuthenticated() async throws {
        #expect(try await get("/open", token: nil).status == .ok)
        let guest = try await get("/me", token: fixture.token("gina", roles: ["guest"]))
        #expect(try guest.decode(Caller.self) == Caller(subject: "gina", roles: ["guest"]))
    }

    @Test("a role route admits the role, and a role that includes it")
    func roles() async throws {
        let member = try await get("/member", token: fixture.token(roles: ["member"]))
        #expect(member.status == .ok)
        let admin = try await get("/member", token: fixture.token("root", roles: ["admin"]))
        #expect(try admin.decode(Caller.self).subject == "root")
        #expect(try await get("/admin", token: fixture.token("root", roles: ["admin"])).status == .ok)
    }

    @Test("a valid token without the role: 403 with insufficient_scope")
    func forbidden() async throws {
        for (path, roles) in [("/member", ["guest"]), ("/member", []), ("/admin", ["member"])] {
            let response = try await get(path, token: fixture.token(roles: roles))
            #expect(response.status == .forbidden, "\(path) \(roles)")
            #expect(response.headers[.wwwAuthenticate]?.contains(#"error="insufficient_scope""#) == true)
            #expect(try response.problem().status == 403)
        }
    }

    @Test("non-Bearer schemes and malformed tokens are 401 invalid_token")
    func malformed() async throws {
        for header in ["Basic YWxpY2U6c2VjcmV0", "Bearer", "Bearer ", "Bearer a b", "Bearer not-a-token", "bearer\tv4.public.x"] {
            let response = try await client.get("/member", headers: [.authorization: header])
            #expect(response.status == .unauthorized, "\(header)")
            #expect(response.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#, "\(header)")
        }
        try await expectInvalid("v4.public.", "empty body")
        let token = fixture.token(roles: ["member"])
        var twice = HTTPFields()
        twice.append(HTTPField(name: .authorization, value: "Bearer \(token)"))
        twice.append(HTTPField(name: .authorization, value: "Bearer \(token)"))
        let repeated = try await client.get("/member", headers: twice)
        #expect(repeated.status == .unauthorized, "two Authorization fields are one invalid credential")
        #expect(repeated.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#)
        try await expectInvalid(String(repeating: "a", count: 5000), "oversized")
    }

    @Test("a tampered payload, signature or footer is 401")
    func tampered() async throws {
        let token = fixture.token(roles: ["member"])
        let parts = token.split(separator: ".").map(String.init)
        var body = Array(parts[2])
        body[5] = body[5] == "A" ? "B" : "A"
        try await expectInvalid("v4.public.\(String(body)).\(parts[3])", "payload byte")
        var signature = Array(parts[2])
        signature[signature.count - 3] = signature[signature.count - 3] == "A" ? "B" : "A"
        try await expectInvalid("v4.public.\(String(signature)).\(parts[3])", "signature byte")
        try await expectInvalid("v4.public.\(parts[2])", "footer removed")
        try await expectInvalid(fixture.raw(payload: fixture.claims(["roles": #"["admin"]"#]), footer: #"{"kid":"\#(fixture.key.publicKey.id)"}"#, key: fixture.otherKey), "signed by another key under our kid")
    }

    @Test("expired, not yet valid and issued-in-the-future tokens are 401; leeway is explicit")
    func times() async throws {
        let token = fixture.token(roles: ["member"])
        fixture.clock.advance(by: 601)
        try await expectInvalid(token, "expired")
        let lenient = try TestClient(api: fixture.api(fixture.verifier(leeway: 5)))
        #expect(try await lenient.get("/member", headers: [.authorization: "Bearer \(token)"]).status == .ok)
        try await expectInvalid(fixture.raw(payload: fixture.claims(["nbf": #""2027-01-15T09:00:00Z""#])), "not yet valid")
        try await expectInvalid(fixture.raw(payload: fixture.claims(["iat": #""2027-01-15T09:00:00Z""#])), "issued in the future")
    }

    @Test("wrong issuer, unknown kid, wrong audience are 401")
    func issuerKidAudience() async throws {
        try await expectInvalid(fixture.raw(payload: fixture.claims(["iss": #""someone-else""#])), "issuer")
        try await expectInvalid(fixture.raw(payload: fixture.claims(), key: fixture.otherKey), "unknown kid")
        try await expectInvalid(fixture.raw(payload: fixture.claims(), footer: ""), "no footer")
        try await expectInvalid(fixture.raw(payload: fixture.claims(), footer: #"{"kid":"k4.lid.x"}"#), "non-pid kid")
        let strict = try TestClient(api: fixture.api(fixture.verifier(audience: "todo-api")))
        let other = fixture.raw(payload: fixture.claims(["aud": #""billing""#]))
        #expect(try await strict.get("/member", headers: [.authorization: "Bearer \(other)"]).status == .unauthorized)
        let right = fixture.raw(payload: fixture.claims(["aud": #""todo-api""#]))
        #expect(try await strict.get("/member", headers: [.authorization: "Bearer \(right)"]).status == .ok)
        // RFC 7519 §4.1.3: a server that names no audience refuses a token that names one.
        try await expectInvalid(right, "an audience the server does not identify with")
    }

    @Test("malformed claims are rejected, never ignored")
    func malformedClaims() async throws {
        let cases: [(String, String)] = [
            (fixture.claims(["exp": "1800000600"]), "numeric exp"),
            (fixture.claims(["exp": #""tomorrow""#]), "unparseable exp"),
            (fixture.claims(["exp": #""2027-01-15t08:10:00z""#]), "lowercase t"),
            (fixture.claims(removing: ["exp"]), "no exp"),
            (fixture.claims(removing: ["sub"]), "no sub"),
            (fixture.claims(["sub": #""""#]), "empty sub"),
            (fixture.claims(["roles": #""member""#]), "roles not an array"),
            (fixture.claims(["roles": #"["member",1]"#]), "non-string role"),
            (fixture.claims(["aud": "5"]), "numeric aud"),
            (#"{"sub":"alice","sub":"mallory","roles":["member"],"iss":"test-issuer","exp":"2027-01-15T08:10:00Z"}"#, "duplicate key"),
            ("[]", "not an object"),
            ("", "empty payload"),
        ]
        for (payload, name) in cases {
            try await expectInvalid(fixture.raw(payload: payload), "\(name)")
        }
        #expect(try await get("/member", token: fixture.raw(payload: fixture.claims())).status == .ok, "the control token is valid")
    }

    @Test("tokens of another version or purpose are 401")
    func otherPurposes() async throws {
        let local = PASETO.V4.Local.encrypt(payload: Array(fixture.claims().utf8), with: try PASETOLocalKey.generate())
        try await expectInvalid(local, "v4.local")
        let raw = fixture.raw(payload: fixture.claims())
        try await expectInvalid("v3" + raw.dropFirst(2), "v3 header")
        try await expectInvalid("V4" + raw.dropFirst(2), "uppercase header")
    }

    @Test("several public keys verify at once (rotation)")
    func rotation() async throws {
        let rotating = try TestClient(api: fixture.api(fixture.verifier(keys: [fixture.otherKey.publicKey, fixture.key.publicKey])))
        let old = fixture.raw(payload: fixture.claims())
        let new = fixture.raw(payload: fixture.claims(), key: fixture.otherKey)
        for token in [old, new] {
            #expect(try await rotating.get("/member", headers: [.authorization: "Bearer \(token)"]).status == .ok)
        }
    }

    @Test("401 answers do not reveal why: every failure reads the same")
    func uniform() async throws {
        let expired = fixture.token(roles: ["member"])
        let forged = fixture.raw(payload: fixture.claims(), key: fixture.otherKey)
        let tamperedIssuer = fixture.raw(payload: fixture.claims(["iss": #""x""#]))
        fixture.clock.advance(by: 601)
        var bodies: Set<String> = []
        for token in [expired, forged, tamperedIssuer, "garbage"] {
            let problem = try await get("/member", token: token).problem()
            bodies.insert("\(problem.title)|\(problem.detail ?? "")")
        }
        #expect(bodies.count == 1)
    }
}
