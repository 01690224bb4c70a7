import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

@Suite("Route groups: unique operationIds, prefixes, tags, versions and deprecation")
struct RouteGroupTests {
    private func document(_ api: API) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try api.specification().jsonText.utf8)) as? [String: Any] ?? [:]
    }

    private func operations(_ document: [String: Any]) -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for (path, item) in document["paths"] as? [String: [String: Any]] ?? [:] {
            for (method, operation) in item {
                if let operation = operation as? [String: Any] { result["\(method.uppercased()) \(path)"] = operation }
            }
        }
        return result
    }

    private func problems(_ api: API) -> [String] {
        do {
            try api.validate()
            return []
        } catch {
            return error.problems
        }
    }

    @Test("two groups that both have create and read get distinct ids: the group's name and the handler's")
    func defaultOperationIDs() throws {
        let api = API(info: APIInfo(title: "Two", version: "1")) { routes in
            routes.include(NoteRoutes())
            routes.include(TaskRoutes())
        }
        let ids = operations(try document(api)).mapValues { $0["operationId"] as? String }
        #expect(ids == [
            "POST /notes": "noteCreate", "GET /notes/{id}": "noteRead", "DELETE /notes/{id}": "noteDelete",
            "POST /tasks": "addTask", "GET /tasks/{id}": "taskRead", "GET /tasks/legacy": "taskLegacy",
        ])
        #expect(operations(try document(api))["GET /notes/{id}"]?["tags"] as? [String] == ["note"])
    }

    @Test("an explicit operationId that collides is refused before anything runs, naming both handlers")
    func collidingExplicitID() {
        let api = API(info: APIInfo(title: "Clash", version: "1")) { routes in
            routes.include(NoteRoutes())
            routes.include(CollidingRoutes())
        }
        #expect(problems(api) == ["operationId 'noteRead' is used by NoteRoutes.read and CollidingRoutes.colliding; give one an explicit operationID: on its verb attribute, or its group an operationIDPrefix"])
        #expect(throws: APIDeclarationError.self) { try api.makeResponder() }
    }

    @Test("the same group served as /v1 and /v2: prefixed paths and ids, the group's tag, v1 deprecated")
    func versions() async throws {
        let api = API(info: APIInfo(title: "Versions", version: "2")) { routes in
            routes.group("/v1", tag: "v1", operationIDPrefix: "v1", deprecated: Deprecation(since: "2026-06-01", sunset: "2027-06-01", link: "https://example.com/v2")) { v1 in
                v1.include(NoteRoutes())
            }
            routes.group("/v2", tag: "v2", operationIDPrefix: "v2") { v2 in
                v2.group("/beta", operationIDPrefix: "beta") { beta in beta.include(NoteRoutes()) }
                v2.include(NoteRoutes())
            }
        }
        let operations = operations(try document(api))
        #expect(operations["GET /v1/notes/{id}"]?["operationId"] as? String == "v1NoteRead")
        #expect(operations["GET /v2/notes/{id}"]?["operationId"] as? String == "v2NoteRead")
        #expect(operations["GET /v2/beta/notes/{id}"]?["operationId"] as? String == "v2BetaNoteRead")
        #expect(operations["GET /v1/notes/{id}"]?["tags"] as? [String] == ["v1"])
        #expect(operations["GET /v2/beta/notes/{id}"]?["tags"] as? [String] == ["v2"])
        #expect(operations["GET /v1/notes/{id}"]?["deprecated"] as? Bool == true)
        #expect((operations["GET /v1/notes/{id}"]?["description"] as? String)?.contains("**Deprecated** since 2026-06-01; it stops answering after 2027-06-01") == true)
        #expect(operations["GET /v2/notes/{id}"]?["deprecated"] == nil)
        let headers = ((operations["GET /v1/notes/{id}"]?["responses"] as? [String: [String: Any]])?["200"]?["headers"] as? [String: Any]) ?? [:]
        #expect(Set(headers.keys) == ["Deprecation", "Sunset", "Link"])

        let client = try TestClient(api: api)
        let old = try await client.get("/v1/notes/3")
        #expect(old.status == .ok)
        #expect(old.headers[HTTPField.Name("Deprecation")!] == "@1780272000")
        #expect(old.headers[HTTPField.Name("Sunset")!] == "Tue, 01 Jun 2027 00:00:00 GMT")
        #expect(old.headers[HTTPField.Name("Link")!] == #"<https://example.com/v2>; rel="deprecation""#)
        let oldFailure = try await client.get("/v1/notes/x")
        #expect(oldFailure.status == .unprocessableContent)
        #expect(oldFailure.headers[HTTPField.Name("Deprecation")!] == "@1780272000", "problems carry the deprecation too")
        let current = try await client.get("/v2/notes/3")
        #expect(current.status == .ok)
        #expect(current.headers[HTTPField.Name("Deprecation")!] == nil)
    }

    @Test("a handler's own HTTPError 404 answers 404 as a problem, never the router's 405; deprecated, with its headers")
    func handlersOwnNotFound() async throws {
        let api = API(info: APIInfo(title: "Gone", version: "2")) { routes in
            routes.group("/v1", operationIDPrefix: "v1", deprecated: Deprecation(since: "2026-06-01")) { v1 in
                v1.include(NoteRoutes())
            }
            routes.group("/v2", operationIDPrefix: "v2") { v2 in v2.include(NoteRoutes()) }
        }
        let client = try TestClient(api: api)
        let current = try await client.delete("/v2/notes/3")
        #expect(current.status == .notFound)
        #expect(current.headers[.contentType] == "application/problem+json")
        #expect(try current.problem().status == 404)
        #expect(current.headers[.allow] == nil)
        let old = try await client.delete("/v1/notes/3")
        #expect(old.status == .notFound)
        #expect(try old.problem().status == 404)
        #expect(old.headers[HTTPField.Name("Deprecation")!] == "@1780272000")
    }

    @Test("a deprecated handler answers Deprecation and Sunset; a timestamp sunset is kept to the second")
    func deprecatedHandler() async throws {
        let client = try TestClient(api: API(info: APIInfo(title: "T", version: "1")) { $0.include(TaskRoutes()) })
        let response = try await client.get("/tasks/legacy")
        #expect(response.headers[HTTPField.Name("Deprecation")!] == "@1772323200")
        #expect(response.headers[HTTPField.Name("Sunset")!] == "Thu, 31 Dec 2026 18:00:00 GMT")
        #expect(try await client.get("/tasks/1").headers[HTTPField.Name("Deprecation")!] == nil)
    }

    @Test("bad group prefixes and deprecation dates are declaration errors")
    func badDeclarations() {
        let api = API(info: APIInfo(title: "Bad", version: "1")) { routes in
            routes.group("v1") { $0.include(NoteRoutes()) }
            routes.group("/orgs/{org}") { $0.include(TaskRoutes()) }
            routes.group("/old", operationIDPrefix: "old one", deprecated: Deprecation(since: "June 2026")) { $0.include(CollidingRoutes()) }
            routes.group("/late", operationIDPrefix: "late", deprecated: Deprecation(since: "2027-01-01", sunset: "2026-01-01")) { $0.include(CollidingRoutes()) }
        }
        let found = problems(api)
        for expected in [
            "the group path 'v1' must start with '/' and not end with one",
            "the group path '/orgs/{org}' has a {capture}; group prefixes are literal segments, captures belong in the handlers' paths",
            "the operationId prefix 'old one' of the group at '/old' has characters other than letters, digits, '_', '.' and '-'",
            "the deprecation of CollidingRoutes.colliding: the date 'June 2026' is neither YYYY-MM-DD nor an RFC 3339 timestamp",
            "the deprecation of CollidingRoutes.colliding: the sunset comes before the deprecation",
        ] {
            #expect(found.contains(expected), "expected “\(expected)” in \(found)")
        }
    }

    @Test("the same method and path declared twice, even with other capture names, is refused")
    func duplicateRoute() {
        let api = API(info: APIInfo(title: "Twice", version: "1")) { routes in
            routes.include(NoteRoutes())
            routes.group(operationIDPrefix: "again") { $0.include(NoteRoutes()) }
        }
        #expect(problems(api).contains("GET /notes/{id} is declared by NoteRoutes.read and NoteRoutes.read"))
    }
}
