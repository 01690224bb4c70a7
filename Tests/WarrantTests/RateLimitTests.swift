import Foundation
import HTTPTypes
import Testing
@testable import Warrant
import WarrantTesting

/// Declared rate limits: counted per caller in fixed windows, 429 with `Retry-After` past the limit, the
/// `RateLimit` fields on every answer, and all of it in the spec.
@Suite("Rate limits")
struct RateLimitTests {
    private static let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func api(_ fixture: SecurityFixture, store: any RateLimitStore = InMemoryRateLimitStore()) -> API {
        var api = API(info: APIInfo(title: "Limited", version: "1"), gate: AccessGate(verifier: fixture.verifier(), roles: [TestAdmin.self])) { routes in
            routes.include(PolicyRoutes(counter: RunCounter()))
            routes.group(rateLimit: RateLimit(2, per: .seconds(10), by: .client, name: "shared")) { $0.include(SharedBudgetRoutes()) }
        }
        let clock = fixture.clock
        api.rateLimitStore = store
        api.now = { clock.now }
        return api
    }

    @Test("the 4th ping in a minute is a 429 with Retry-After; each answer says what remains; the next window starts over")
    func limit() async throws {
        let fixture = try SecurityFixture()
        let client = try TestClient(api: api(fixture), tokens: fixture.issuer)
        fixture.clock.advance(by: 15)  // the fixture's clock starts on a minute: 45 s before it ends
        for remaining in [2, 1, 0] {
            let answer = try await client.get("/ping").expect(.ok)
            #expect(answer.headers[HTTPField.Name("RateLimit")!] == #""policyPing";r=\#(remaining);t=45"#)
            #expect(answer.headers[HTTPField.Name("RateLimit-Policy")!] == #""policyPing";q=3;w=60"#)
        }
        let refused = try await client.get("/ping")
        refused.expectProblem(.tooManyRequests)
        #expect(refused.headers[.retryAfter] == "45")
        #expect(refused.headers[HTTPField.Name("RateLimit")!] == #""policyPing";r=0;t=45"#)
        fixture.clock.advance(by: 44.5)
        #expect(try await client.get("/ping").headers[.retryAfter] == "1")
        fixture.clock.advance(by: 0.5)
        #expect(try await client.get("/ping").headers[HTTPField.Name("RateLimit")!] == #""policyPing";r=2;t=60"#)
    }

    @Test("by caller: each credential has its own budget; a group's named limit is one budget for its routes")
    func keys() async throws {
        let fixture = try SecurityFixture()
        let client = try TestClient(api: api(fixture), tokens: fixture.issuer)
        for _ in 0..<2 { try await client.get("/ping/mine", as: WarrantTesting.Caller.subject("alice", roles: [])).expect(.ok) }
        try await client.get("/ping/mine", as: WarrantTesting.Caller.subject("alice", roles: [])).expectProblem(.tooManyRequests)
        try await client.get("/ping/mine", as: WarrantTesting.Caller.subject("bob", roles: [])).expect(.ok)
        // A refusal before the count (no credential) counts nothing.
        try await client.get("/ping/mine").expectProblem(.unauthorized)
        try await client.get("/one").expect(.ok)
        let two = try await client.get("/two").expect(.ok)
        #expect(two.headers[HTTPField.Name("RateLimit-Policy")!] == #""shared";q=2;w=10"#)
        try await client.get("/one").expectProblem(.tooManyRequests)
        try await client.get("/two").expectProblem(.tooManyRequests)
        // A route's own limit wins over its group's.
        try await client.get("/three").expect(.ok)
        try await client.get("/three").expectProblem(.tooManyRequests)
    }

    @Test("callers whose issuer and subject join to the same text keep apart budgets and idempotency scopes")
    func callerKeys() {
        let scheme = CredentialScheme(name: "bearerAuth", label: "token", kind: .httpBearer(format: "PASETO"), description: "", grantableRoles: nil)
        let first = Identity(VerifiedCredential(subject: "c", roles: [], issuer: "a b"), scheme: scheme)
        let second = Identity(VerifiedCredential(subject: "b c", roles: [], issuer: "a"), scheme: scheme)
        #expect(first.callerKey != second.callerKey)
        #expect(RateLimitFields.caller(.caller, identity: first, clientAddress: "127.0.0.1")
            != RateLimitFields.caller(.caller, identity: second, clientAddress: "127.0.0.1"))
        #expect(RateLimitFields.caller(.client, identity: first, clientAddress: "127.0.0.1")
            == RateLimitFields.caller(.client, identity: second, clientAddress: "127.0.0.1"))
    }

    @Test("a shared store is one budget for two APIs, as for two instances")
    func sharedStore() async throws {
        let fixture = try SecurityFixture()
        let store = InMemoryRateLimitStore()
        let first = try TestClient(api: api(fixture, store: store), tokens: fixture.issuer)
        let second = try TestClient(api: api(fixture, store: store), tokens: fixture.issuer)
        try await first.get("/ping").expect(.ok)
        try await second.get("/ping").expect(.ok)
        try await first.get("/ping").expect(.ok)
        try await second.get("/ping").expectProblem(.tooManyRequests)
    }

    @Test("the window in words", arguments: [(60, "a minute"), (3600, "an hour"), (86_400, "a day"), (1, "a second"), (300, "every 5 minutes"), (90, "every 90 seconds"), (7200, "every 2 hours")])
    func windowWords(window: Int, words: String) {
        #expect(RateLimit.per(window) == words)
    }

    @Test("a policy name must be a token: letters, digits, '_', '.', '-'")
    func policyNames() {
        #expect(RateLimit(1, per: .seconds(1), name: "login-v2.a_b").declarationProblem == nil)
        #expect(RateLimit(1, per: .seconds(1), name: "bad name").declarationProblem != nil)
        #expect(RateLimit(1, per: .seconds(1), name: #"quo"te"#).declarationProblem != nil)
        #expect(RateLimit(1, per: .milliseconds(500)).declarationProblem != nil)
    }

    @Test("the in-memory store drops ended windows as new ones arrive")
    func bounded() async throws {
        let store = InMemoryRateLimitStore()
        for index in 0..<3000 {
            _ = try await store.count("b\(index)", windowStart: Self.start.addingTimeInterval(TimeInterval(index)), window: 1)
        }
        #expect(store.counterCount <= 1024)
    }

    @Test("the spec documents the limit: the sentence, 429 with Retry-After, the fields on the handler's answers")
    func documented() throws {
        let fixture = try SecurityFixture()
        let document = try JSONSerialization.jsonObject(with: Data(try api(fixture).specification().jsonText.utf8)) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: [String: [String: Any]]])
        let ping = try #require(paths["/ping"]?["get"])
        #expect((ping["description"] as? String)?.contains("**Rate limit**: 3 requests a minute per client address") == true)
        let responses = try #require(ping["responses"] as? [String: [String: Any]])
        let tooMany = try #require(responses["429"]?["headers"] as? [String: Any])
        #expect(Set(tooMany.keys) == ["Retry-After", "RateLimit", "RateLimit-Policy"])
        #expect(Set((responses["200"]?["headers"] as? [String: Any])?.keys ?? [:].keys) == ["RateLimit", "RateLimit-Policy"])
        #expect(responses["405"]?["headers"].map { ($0 as? [String: Any])?["RateLimit"] == nil } ?? true)
        #expect(paths["/pay"]?["post"]?["responses"].map { ($0 as? [String: Any])?["429"] == nil } == true)
    }

    @Test("a limit of 0, two limits under one name, idempotency on a GET or on an upload stop start-up")
    func declarations() {
        let api = API(info: APIInfo(title: "Wrong", version: "1")) { $0.include(WrongPolicyRoutes()) }
        #expect(throws: APIDeclarationError.self) { try api.validate() }
        do {
            try api.validate()
        } catch {
            #expect(error.problems.contains("WrongPolicyRoutes.wrong takes an Idempotency-Key on GET; GET is safe already: declare idempotency on POST or PATCH routes"))
            #expect(error.problems.contains("the rate limit of WrongPolicyRoutes.never allows 0 requests; a limit allows at least 1"))
            #expect(error.problems.contains("WrongPolicyRoutes.upload takes an Idempotency-Key but reads an upload; idempotency covers JSON and form bodies"))
            #expect(error.problems.contains("the rate limit 'pair' of WrongPolicyRoutes.sharedB differs from the one of WrongPolicyRoutes.sharedA; routes sharing a name share one budget, so declare the same limit"))
            #expect(error.problems.count == 4)
        }
    }
}
