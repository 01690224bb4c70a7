import Foundation
import NIOCore
import Testing
import Warrant
import WarrantTesting

/// A result type whose documentation and output disagree, on purpose.
struct LyingGadget: ResponseRepresentable {
    static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(status: .ok, description: "A gadget.", schema: Gadget.schema(in: &components))]
    }

    func makeResponse() -> RouteResponse {
        RouteResponse(status: .ok, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"id":"seven","name":"x"}"#))
    }
}

/// Routes that drift from their documentation.
@Routes(tag: "drift")
struct DriftingRoutes {
    /// Answers a body that breaks its schema.
    @GET("/liar")
    func liar(_ request: Request<Unauthenticated>) -> LyingGadget {
        LyingGadget()
    }

    /// Answers an undocumented status.
    @GET("/teapot")
    func teapot(_ request: Request<Unauthenticated>) throws -> Gadget {
        throw Problem(status: 418, title: "I'm a teapot")
    }

    /// Answers what it documents.
    @GET("/honest")
    func honest(_ request: Request<Unauthenticated>) -> Gadget {
        Gadget(id: 1, name: "honest", quantity: 1)
    }
}

@Suite("The contract check catches drift")
struct ContractCheckTests {
    let client: TestClient

    init() throws {
        client = try TestClient(api: API(info: APIInfo(title: "Drift", version: "1")) { $0.include(DriftingRoutes()) })
    }

    private func isDrift(_ issue: Issue, mentioning text: String) -> Bool {
        issue.comments.contains { $0.rawValue.contains("contract drift") && $0.rawValue.contains(text) }
    }

    @Test("a body that breaks its documented schema fails the test that received it")
    func schemaDrift() async throws {
        try await withKnownIssue {
            _ = try await client.get("/liar")
        } matching: { issue in
            isDrift(issue, mentioning: "GET /liar answered 200 with a body that breaks its documented schema: /id: expected an integer")
                || isDrift(issue, mentioning: "/quantity: required but missing")
        }
    }

    @Test("an undocumented status fails the test, listing what is documented")
    func statusDrift() async throws {
        try await withKnownIssue {
            _ = try await client.get("/teapot")
        } matching: { issue in
            isDrift(issue, mentioning: "GET /teapot answered 418, which its documentation does not list (documented: 200, 405)")
        }
    }

    @Test("a response that matches its documentation passes")
    func noDrift() async throws {
        try await client.get("/honest").expect(.ok)
        let checker = ContractChecker(specification: try API(info: APIInfo(title: "Drift", version: "1")) { $0.include(DriftingRoutes()) }.specification())
        let honest = try await client.get("/honest")
        #expect(checker.drift(method: .get, path: "/honest", response: honest).isEmpty)
        let liar = try await TestClient(api: API(info: APIInfo(title: "Drift", version: "1")) { $0.include(DriftingRoutes()) }, checkContract: false).get("/liar")
        #expect(checker.drift(method: .get, path: "/liar", response: liar).count == 2)
    }
}
