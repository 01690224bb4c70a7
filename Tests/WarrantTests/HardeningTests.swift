import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import Warrant
import WarrantTesting

/// Safe defaults every response carries, and the limits every request meets.
@Suite("Web security defaults and limits")
struct HardeningTests {
    private func client(
        limits: InputLimits = InputLimits(),
        cors: CORSOptions = CORSOptions(),
        readiness: [ReadinessCheck] = [],
        checkContract: Bool = true
    ) throws -> TestClient {
        let fixture = try SecurityFixture()
        let api = API(info: APIInfo(title: "Hardened", version: "1"), gate: AccessGate(verifier: fixture.verifier(), roles: [TestAdmin.self]), limits: limits, readiness: readiness, cors: cors) {
            $0.include(SecuredRoutes())
            $0.include(GadgetRoutes())
        }
        return try TestClient(api: api, tokens: fixture.issuer, checkContract: checkContract)
    }

    @Test("every response says nosniff and no-referrer; credentialed and 401/403 answers are no-store")
    func securityHeaders() async throws {
        let client = try client()
        let open = try await client.get("/open")
        #expect(open.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        #expect(open.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
        #expect(open.headers[.cacheControl] == nil)
        #expect(try await client.get("/me", as: .member()).headers[.cacheControl] == "no-store")
        #expect(try await client.get("/me").headers[.cacheControl] == "no-store")
        #expect(try await client.get("/nowhere").headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
    }

    @Test("CORS is off by default: no allow-origin header for any origin")
    func corsOff() async throws {
        let response = try await client().get("/open", headers: [.origin: "https://evil.example"])
        #expect(response.headers[.accessControlAllowOrigin] == nil)
    }

    @Test("CORS for listed origins only: the exact origin is echoed, never *, never with credentials")
    func corsListed() async throws {
        let client = try client(cors: CORSOptions(allowedOrigins: ["https://app.example.com"]))
        let allowed = try await client.get("/open", headers: [.origin: "https://app.example.com"])
        #expect(allowed.headers[.accessControlAllowOrigin] == "https://app.example.com")
        #expect(allowed.headers[.accessControlAllowCredentials] == nil)
        #expect(allowed.headers[values: .vary].contains("Origin"))
        let other = try await client.get("/open", headers: [.origin: "https://evil.example"])
        #expect(other.headers[.accessControlAllowOrigin] == nil)
        let preflight = try await client.send(.options, "/todos", headers: [.origin: "https://app.example.com", .accessControlRequestMethod: "POST"])
        #expect(preflight.status == .noContent)
        #expect(preflight.headers[.accessControlAllowMethods]?.contains("POST") == true)
    }

    @Test("a long URI is 414, too many headers or header bytes 431, too many query items 400")
    func sizeLimits() async throws {
        // Transport-level limits are not listed per operation, so the contract check is off here.
        let client = try client(limits: InputLimits(maxURIBytes: 64, maxQueryItems: 3, maxHeaderCount: 10, maxHeaderBytes: 512), checkContract: false)
        try await client.get("/open?" + String(repeating: "a", count: 100)).expectProblem(.uriTooLong)
        try await client.get("/gadgets?a=1&b=2&c=3&d=4").expectProblem(.badRequest)
        var many = HTTPFields()
        for index in 0..<12 { many[HTTPField.Name("X-Extra-\(index)")!] = "x" }
        try await client.get("/open", headers: many).expectProblem(.requestHeaderFieldsTooLarge)
        try await client.get("/open", headers: [HTTPField.Name("X-Big")!: String(repeating: "b", count: 600)]).expectProblem(.requestHeaderFieldsTooLarge)
        try await client.get("/open").expect(.ok)
    }

    @Test("/health/live always answers; /health/ready runs the readiness checks")
    func health() async throws {
        let ready = try client(readiness: [ReadinessCheck("database") {}])
        #expect(try await ready.get("/health/live").text == #"{"status":"live"}"#)
        #expect(try await ready.get("/health/ready").text == #"{"status":"ready"}"#)
        struct Down: Error {}
        let down = try client(readiness: [ReadinessCheck("database") { throw Down() }])
        let response = try await down.get("/health/ready")
        response.expectProblem(.serviceUnavailable)
        #expect(try response.problem().detail == "Not ready: database is unavailable.")
        #expect(try await down.get("/health/live").status == .ok)
    }

    @Test("a verified token is cached, and its expiry is still checked on every request")
    func tokenCache() async throws {
        let fixture = try SecurityFixture()
        let verifier = fixture.verifier()
        let token = fixture.token(roles: ["member"])
        #expect(verifier.check(token[...]).verified != nil)
        #expect(verifier.cache?.count == 1)
        #expect(verifier.check(token[...]).verified != nil)
        #expect(verifier.cache?.count == 1, "the second verification was answered from the cache")
        fixture.clock.advance(by: 601)
        #expect(verifier.check(token[...]) == .refused(.expired), "a cached token past its expiry is refused")
        let tampered = String(token.dropLast()) + (token.last == "A" ? "B" : "A")
        #expect(verifier.check(tampered[...]).verified == nil, "a tampered footer is not a cache hit")
    }
}
