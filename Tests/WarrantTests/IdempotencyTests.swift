import Foundation
import HTTPTypes
import Testing
@testable import Warrant
import WarrantTesting

/// Idempotency keys with the in-memory store: replay, mismatch, in progress, failures not kept, the
/// caller's scope, expiry, and the spec.
@Suite("Idempotency keys")
struct IdempotencyTests {
    private static let replayed = HTTPField.Name("Idempotent-Replayed")!

    private static func key(_ value: String) -> HTTPFields {
        [HTTPField.Name("Idempotency-Key")!: value]
    }

    private func client(_ counter: RunCounter, fixture: SecurityFixture) throws -> TestClient {
        var api = API(info: APIInfo(title: "Idempotent", version: "1"), gate: AccessGate(verifier: fixture.verifier(), roles: [TestAdmin.self])) {
            $0.include(PolicyRoutes(counter: counter))
        }
        let clock = fixture.clock
        api.now = { clock.now }
        return try TestClient(api: api, tokens: fixture.issuer)
    }

    @Test("a retry is answered the first answer without running; another request with the key is a 422")
    func replay() async throws {
        let counter = RunCounter()
        let client = try client(counter, fixture: SecurityFixture())
        let first = try await client.post("/pay", json: #"{"amount":5}"#, headers: Self.key("abc")).expect(.created)
        let retry = try await client.post("/pay", json: #"{"amount":5}"#, headers: Self.key(#""abc""#)).expect(.created)
        #expect(counter.runs == 1)
        #expect(retry.body == first.body && retry.headers[.location] == "/pay/5")
        #expect(retry.headers[Self.replayed] == "true" && first.headers[Self.replayed] == nil)
        try await client.post("/pay", json: #"{"amount":6}"#, headers: Self.key("abc")).expectProblem(.unprocessableContent)
        try await client.post("/pay", json: #"{"amount": 5}"#, headers: Self.key("abc")).expectProblem(.unprocessableContent)
        #expect(counter.runs == 1)
        // Without a key, or with another, it runs.
        try await client.post("/pay", json: #"{"amount":5}"#).expect(.created)
        try await client.post("/pay", json: #"{"amount":5}"#, headers: Self.key("abd")).expect(.created)
        #expect(counter.runs == 3)
    }

    @Test("a retry while the first still runs is a 409; once it is done, the retry gets its answer")
    func inProgress() async throws {
        let counter = RunCounter()
        let client = try client(counter, fixture: SecurityFixture())
        counter.hold()
        async let first = client.post("/pay", json: #"{"amount":7}"#, headers: Self.key("slow"))
        while !counter.isHolding { try await Task.sleep(for: .milliseconds(2)) }
        let early = try await client.post("/pay", json: #"{"amount":7}"#, headers: Self.key("slow"))
        early.expectProblem(.conflict)
        counter.release()
        let done = try await first.expect(.created)
        let late = try await client.post("/pay", json: #"{"amount":7}"#, headers: Self.key("slow")).expect(.created)
        #expect(late.body == done.body && counter.runs == 1)
    }

    @Test("a failure keeps nothing: the retry runs again")
    func failureNotKept() async throws {
        let counter = RunCounter()
        let client = try client(counter, fixture: SecurityFixture())
        try await client.post("/pay", json: #"{"amount":5000}"#, headers: Self.key("big")).expectProblem(.unprocessableContent)
        try await client.post("/pay", json: #"{"amount":"x"}"#, headers: Self.key("big")).expectProblem(.unprocessableContent)
        try await client.post("/pay", json: #"{"amount":5}"#, headers: Self.key("big")).expect(.created)
        #expect(counter.runs == 1)
    }

    @Test("a required key: absent or malformed is a 422 naming the header; keys are each caller's own; answers expire")
    func requiredScopedExpiring() async throws {
        let counter = RunCounter()
        let fixture = try SecurityFixture()
        let client = try client(counter, fixture: fixture)
        let alice = WarrantTesting.Caller.subject("alice", roles: [])
        try await client.post("/pay/strict", json: #"{"amount":1}"#, as: alice).expectProblem(.unprocessableContent, parameters: ["Idempotency-Key"])
        for bad in ["", "a b", String(repeating: "k", count: 256), "é", #""unterminated"#] {
            try await client.post("/pay/strict", json: #"{"amount":1}"#, as: alice, headers: Self.key(bad))
                .expectProblem(.unprocessableContent, parameters: ["Idempotency-Key"])
        }
        #expect(counter.runs == 0)
        try await client.post("/pay/strict", json: #"{"amount":1}"#, as: alice, headers: Self.key("k")).expect(.ok)
        try await client.post("/pay/strict", json: #"{"amount":1}"#, as: WarrantTesting.Caller.subject("bob", roles: []), headers: Self.key("k")).expect(.ok)
        #expect(counter.runs == 2)
        fixture.clock.advance(by: 59)
        #expect(try await client.post("/pay/strict", json: #"{"amount":1}"#, as: alice, headers: Self.key("k")).expect(.ok).headers[Self.replayed] == "true")
        fixture.clock.advance(by: 1)
        #expect(try await client.post("/pay/strict", json: #"{"amount":1}"#, as: alice, headers: Self.key("k")).expect(.ok).headers[Self.replayed] == nil)
        #expect(counter.runs == 3)
    }

    @Test("the in-memory store drops expired answers as new keys arrive")
    func bounded() async throws {
        let store = InMemoryIdempotencyStore()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<3000 {
            let request = IdempotentRequest(key: IdempotencyRequestKey(scope: "", key: "k\(index)"), fingerprint: [1], now: start.addingTimeInterval(TimeInterval(index)), retention: 1)
            guard case .run(let reservation) = try await store.claim(request) else { Issue.record("not run"); return }
            try await reservation.complete(recording: RecordedResponse(status: 200, headers: [], body: []))
        }
        #expect(store.keyCount <= 1024)
    }

    @Test("the spec documents the header, the 409 and 422, and Idempotent-Replayed")
    func documented() throws {
        let fixture = try SecurityFixture()
        let api = API(info: APIInfo(title: "Idempotent", version: "1"), gate: AccessGate(verifier: fixture.verifier(), roles: [TestAdmin.self])) {
            $0.include(PolicyRoutes(counter: RunCounter()))
        }
        let document = try JSONSerialization.jsonObject(with: Data(try api.specification().jsonText.utf8)) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: [String: [String: Any]]])
        for (path, required) in [("/pay", false), ("/pay/strict", true)] {
            let operation = try #require(paths[path]?["post"])
            let parameters = try #require(operation["parameters"] as? [[String: Any]])
            let header = try #require(parameters.first { $0["name"] as? String == "Idempotency-Key" })
            #expect(header["in"] as? String == "header" && (header["required"] as? Bool ?? false) == required)
            let responses = try #require(operation["responses"] as? [String: [String: Any]])
            #expect(responses["409"] != nil && responses["422"] != nil)
            let success = try #require(responses[path == "/pay" ? "201" : "200"]?["headers"] as? [String: Any])
            #expect(success["Idempotent-Replayed"] != nil)
        }
    }
}
