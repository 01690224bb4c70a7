import Foundation
import HTTPTypes
import NIOCore
import Testing
import Warrant
import WarrantTesting

@Suite("Typed routes over HTTP")
struct RouteTests {
    let client: TestClient

    init() throws {
        client = try TestClient(api: SampleAPI.make())
    }

    @Test("a JSON body is decoded, defaults applied, and Created answers 201 with Location")
    func created() async throws {
        let response = try await client.post("/gadgets", json: #"{"name":"lamp"}"#)
        #expect(response.status == .created)
        #expect(response.headers[.location] == "/gadgets/7")
        #expect(response.headers[.contentType] == "application/json")
        #expect(try response.decode(Gadget.self) == Gadget(id: 7, name: "lamp", quantity: 1))
    }

    @Test("every invalid body member is listed with a JSON Pointer in one 422")
    func invalidBody() async throws {
        let response = try await client.post("/gadgets", json: #"{"name":"","quantity":9}"#)
        #expect(response.status == .unprocessableContent)
        #expect(response.headers[.contentType] == "application/problem+json")
        let problem = try response.problem()
        #expect(problem.status == 422)
        #expect(problem.pointers == ["#/name", "#/quantity"])
        #expect(problem.violations.map(\.code) == ["too_short", "out_of_range"])
    }

    @Test("malformed JSON, a non-object, and a missing body are 422s at the root")
    func malformedBodies() async throws {
        for body in ["{\"name\":", "[]", "", "{\"name\":\"a\",\"name\":\"b\"}"] {
            let response = try await client.post("/gadgets", json: body)
            #expect(response.status == .unprocessableContent, "body \(body)")
            #expect(try response.problem().pointers == ["#"], "body \(body)")
        }
    }

    @Test("a body that is not JSON is 415, one that is too large is 413")
    func mediaTypeAndSize() async throws {
        let form = try await client.send(.post, "/gadgets", headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "name=x"))
        #expect(form.status == .unsupportedMediaType)
        #expect(try form.problem().status == 415)
        let small = try TestClient(api: SampleAPI.make(limits: InputLimits(maxBodyBytes: 16)))
        let large = try await small.post("/gadgets", json: #"{"name":"abcdefghij","quantity":1}"#)
        #expect(large.status == .contentTooLarge)
        #expect(try large.problem().status == 413)
    }

    @Test("query parameters: optional, defaulted, repeated and enum values")
    func queryParameters() async throws {
        let plain = try await client.get("/gadgets")
        #expect(try plain.decode([Gadget].self) == [Gadget(id: 10, name: "any:|-", quantity: 1)])
        let full = try await client.get("/gadgets?limit=3&tag=a&tag=b&priority=high")
        #expect(try full.decode([Gadget].self).first?.name == "any:a,b|high")
        let named = try await client.get("/gadgets?name=lamp%20shade")
        #expect(try named.decode([Gadget].self).first?.name == "lamp shade")
    }

    @Test("bad query values are each reported by parameter name")
    func badQuery() async throws {
        let response = try await client.get("/gadgets?limit=99&priority=urgent")
        #expect(response.status == .unprocessableContent)
        let problem = try response.problem()
        #expect(problem.violations.map(\.parameter) == ["limit", "priority"])
        #expect(problem.violations.map(\.location) == ["query", "query"])
        #expect(problem.violations.map(\.code) == ["out_of_range", "type"])
        #expect(problem.violations[1].detail == "must be one of low, high")
    }

    @Test("path and header parameters, and a declared error's status and text")
    func pathAndHeaders() async throws {
        let found = try await client.get("/gadgets/7", headers: [HTTPField.Name("X-Tenant")!: "acme"])
        #expect(try found.decode(Gadget.self).name == "acme")
        let missing = try await client.get("/gadgets/8")
        #expect(missing.status == .notFound)
        let problem = try missing.problem()
        #expect(problem.title == "Gadget not found.")
        #expect(problem.detail == "No gadget has this id.")
        let badPath = try await client.get("/gadgets/0")
        #expect(badPath.status == .unprocessableContent)
        #expect(try badPath.problem().violations.map(\.parameter) == ["id"])
        let notNumber = try await client.get("/gadgets/abc")
        #expect(try notNumber.problem().violations.first?.detail == "must be an integer")
    }

    @Test("declared errors map to their status; Accepted is 202; NoContent is 204 with no body")
    func resultForms() async throws {
        let conflict = try await client.post("/gadgets", json: #"{"name":"taken"}"#)
        #expect(conflict.status == .conflict)
        #expect(try conflict.problem().title == "Gadget already exists.")
        let accepted = try await client.post("/gadgets/rebuild", json: "")
        #expect(accepted.status == .accepted)
        #expect(try accepted.decode(Job.self).id.uuidString.lowercased() == "123e4567-e89b-12d3-a456-426614174000")
        let purged = try await client.delete("/gadgets")
        #expect(purged.status == .noContent)
        #expect(purged.body.readableBytes == 0)
    }

    @Test("an unexpected error is a bare 500 problem that reveals nothing")
    func unexpectedError() async throws {
        // A 500 is never documented, so the contract check is off for this deliberate one.
        let client = try TestClient(api: SampleAPI.make(), checkContract: false)
        let response = try await client.get("/gadgets/broken")
        #expect(response.status == .internalServerError)
        let problem = try response.problem()
        #expect(problem.detail == "The server could not complete the request.")
        #expect(!response.text.contains("Cocoa"))
        #expect(!response.text.contains("fileNoSuchFile"))
    }

    @Test("an unknown route is a 404 problem, and every response carries a request id")
    func unknownRoute() async throws {
        let response = try await client.get("/nowhere")
        #expect(response.status == .notFound)
        let problem = try response.problem()
        #expect(problem.requestID == response.headers[HTTPField.Name("X-Request-Id")!])
        #expect(problem.requestID?.isEmpty == false)
    }

    @Test("a well-formed caller request id is kept; a hostile one is replaced")
    func requestIDs() async throws {
        let name = HTTPField.Name("X-Request-Id")!
        let kept = try await client.get("/nowhere", headers: [name: "abc-123_x.y"])
        #expect(kept.headers[name] == "abc-123_x.y")
        let replaced = try await client.get("/nowhere", headers: [name: "evil\"value with spaces"])
        #expect(replaced.headers[name] != "evil\"value with spaces")
        #expect(try replaced.problem().requestID == replaced.headers[name])
        var repeated = HTTPFields()
        repeated.append(HTTPField(name: name, value: "first"))
        repeated.append(HTTPField(name: name, value: "second"))
        let fresh = try await client.get("/nowhere", headers: repeated)
        let id = try #require(fresh.headers[name])
        #expect(!id.contains("first") && !id.contains("second"), "a repeated X-Request-Id is replaced, not joined")
    }
}
