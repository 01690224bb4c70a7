import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

@Suite("Methods: 405 with Allow for a known path, HEAD for every GET")
struct HTTPMethodTests {
    let client: TestClient

    init() throws {
        client = try TestClient(api: API(info: APIInfo(title: "Methods", version: "1")) { routes in
            routes.include(NoteRoutes())
            routes.include(TaskRoutes())
        })
    }

    @Test("a method the path does not serve answers 405, listing the methods it does", arguments: ["TRACE", "PUT", "PATCH", "QUERY", "PROPFIND"])
    func methodNotAllowed(method: String) async throws {
        let response = try await client.send(try #require(HTTPRequest.Method(method)), "/notes/7")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers[.allow] == "GET, HEAD, DELETE")
        #expect(response.headers[.contentType] == "application/problem+json")
        #expect(try response.problem().detail == "\(method) is not served at /notes/7; it answers GET, HEAD, DELETE.")
    }

    @Test("the docs and health routes answer 405 too; an unknown path stays 404")
    func otherPaths() async throws {
        let spec = try await client.post("/openapi.json", json: "{}")
        #expect(spec.status == .methodNotAllowed)
        #expect(spec.headers[.allow] == "GET, HEAD")
        #expect(try await client.delete("/health/ready").status == .methodNotAllowed)
        #expect(try await client.send(.trace, "/nowhere").status == .notFound)
        #expect(try await client.get("/notes/7/extra").status == .notFound)
    }

    @Test("HEAD answers what GET would, without the body")
    func head() async throws {
        let get = try await client.get("/notes/7")
        let head = try await client.send(.head, "/notes/7")
        #expect(head.status == .ok)
        #expect(head.body.readableBytes == 0)
        #expect(head.headers[.contentType] == get.headers[.contentType])
        #expect(head.headers[.contentLength] == String(get.body.readableBytes))
        #expect(try await client.send(.head, "/notes/x").status == .unprocessableContent)
        #expect(try await client.send(.head, "/nowhere").status == .notFound)
    }

    @Test("a handler's own 404 stays a 404, never a 405")
    func handlerNotFound() async throws {
        let response = try await client.delete("/notes/7")
        #expect(response.status == .notFound)
        #expect(response.headers[.allow] == nil)
    }
}
