import Foundation
import Testing
import Warrant
import WarrantTesting

@Suite("The OpenAPI document built from the routes")
struct OpenAPIDocumentTests {
    private func document() throws -> [String: Any] {
        let specification = try SampleAPI.make().specification()
        return try JSONSerialization.jsonObject(with: Data(specification.jsonText.utf8)) as? [String: Any] ?? [:]
    }

    private func operation(_ path: String, _ method: String) throws -> [String: Any] {
        let paths = try document()["paths"] as? [String: [String: Any]]
        return try #require(paths?[path]?[method] as? [String: Any])
    }

    private func statuses(_ operation: [String: Any]) -> Set<String> {
        Set((operation["responses"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test("it is OpenAPI 3.1 with the API's identity and the group's tag")
    func header() throws {
        let doc = try document()
        #expect(doc["openapi"] as? String == "3.1.1")
        #expect((doc["info"] as? [String: Any])?["title"] as? String == "Sample")
        let tags = doc["tags"] as? [[String: Any]]
        #expect(tags?.first?["name"] as? String == "gadgets")
        #expect(tags?.first?["description"] as? String == "Gadgets: a sample route group using every input and result form.")
    }

    @Test("summary, description, operationId, tags and deprecated come from the handler")
    func operationMetadata() throws {
        let search = try operation("/gadgets", "get")
        #expect(search["summary"] as? String == "Search gadgets.")
        #expect(search["description"] as? String == "Every filter is optional.")
        #expect(search["operationId"] as? String == "gadgetSearch", "the group's name and the handler's")
        #expect(search["tags"] as? [String] == ["gadgets"])
        #expect(search["deprecated"] == nil)
        let purge = try operation("/gadgets", "delete")
        #expect(purge["deprecated"] as? Bool == true)
    }

    @Test("parameters are documented with their doc comments, location, requiredness, constraints and defaults")
    func parameters() throws {
        let search = try operation("/gadgets", "get")
        let parameters = try #require(search["parameters"] as? [[String: Any]])
        #expect(parameters.map { $0["name"] as? String } == ["name", "limit", "tag", "priority"])
        let limit = parameters[1]
        #expect(limit["in"] as? String == "query")
        #expect(limit["description"] as? String == "At most this many.")
        #expect(limit["required"] == nil || limit["required"] as? Bool == false)
        let schema = limit["schema"] as? [String: Any]
        #expect(schema?["minimum"] as? Int == 1)
        #expect(schema?["maximum"] as? Int == 50)
        #expect(schema?["default"] as? Int == 10)
        #expect((parameters[2]["schema"] as? [String: Any])?["type"] as? String == "array")
        #expect((parameters[3]["schema"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/Priority")

        let read = try operation("/gadgets/{id}", "get")
        let readParameters = try #require(read["parameters"] as? [[String: Any]])
        #expect(readParameters[0]["in"] as? String == "path")
        #expect(readParameters[0]["required"] as? Bool == true)
        #expect(readParameters[1]["in"] as? String == "header")
        #expect(readParameters[1]["name"] as? String == "X-Tenant")
        #expect(readParameters[1]["description"] as? String == "The caller's tenant.")
    }

    @Test("the body, the success response (with its Returns doc) and every failure are listed")
    func responses() throws {
        let create = try operation("/gadgets", "post")
        let body = try #require(create["requestBody"] as? [String: Any])
        #expect(body["description"] as? String == "The gadget to create.")
        #expect(body["required"] as? Bool == true)
        #expect(statuses(create) == ["201", "404", "405", "409", "413", "415", "422"], "every case of the thrown error type is documented")
        let responses = create["responses"] as? [String: [String: Any]]
        #expect(responses?["201"]?["description"] as? String == "The stored gadget.")
        #expect((responses?["201"]?["headers"] as? [String: Any])?["Location"] != nil)
        #expect(responses?["409"]?["description"] as? String == "Gadget already exists.")
        let problemContent = responses?["422"]?["content"] as? [String: [String: Any]]
        #expect((problemContent?["application/problem+json"]?["schema"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/ValidationProblem")

        #expect(statuses(try operation("/gadgets/{id}", "get")) == ["200", "404", "405", "409", "422"])
        #expect(statuses(try operation("/gadgets/rebuild", "post")) == ["202", "405"])
        #expect(statuses(try operation("/gadgets", "delete")) == ["204", "405"])
    }

    @Test("public operations declare security: [] explicitly")
    func publicSecurity() throws {
        let search = try operation("/gadgets", "get")
        #expect((search["security"] as? [Any])?.isEmpty == true)
    }

    @Test("the served documents are the built one, in JSON and YAML")
    func served() async throws {
        let api = SampleAPI.make()
        let client = try TestClient(api: api)
        let json = try await client.get("/openapi.json")
        #expect(json.status == .ok)
        #expect(json.headers[.contentType] == "application/json")
        #expect(json.text == (try api.specification().jsonText))
        let yaml = try await client.get("/openapi.yaml")
        #expect(yaml.headers[.contentType] == "application/yaml")
        #expect(yaml.text.contains("openapi: 3.1.1"))
        #expect(yaml.text.contains("operationId: gadgetSearch"))
    }

    @Test("inconsistent declarations stop start-up with a message naming each")
    func declarationErrors() throws {
        let api = API(info: APIInfo(title: "Broken", version: "0")) { routes in
            routes.include(GadgetRoutes())
            routes.include(GadgetRoutes())
            routes.include(MisdeclaredRoutes())
        }
        #expect {
            try api.specification()
        } throws: { error in
            let message = String(describing: error)
            return message.contains("operationId 'gadgetCreate' is used by GadgetRoutes.create and GadgetRoutes.create")
                && message.contains("POST /gadgets is declared by GadgetRoutes.create and GadgetRoutes.create")
                && message.contains("parameter 'word': @Range does not apply to a string value")
                && message.contains("property 'label': @Range does not apply to a string value")
        }
        #expect(throws: APIDeclarationError.self) { try TestClient(api: api) }
    }
}

/// A route group with constraints that do not fit their types.
@Routes
struct MisdeclaredRoutes {
    /// Echo a word.
    @GET("/echo")
    func echo(_ request: Request<Unauthenticated>, @Query(1...3) word: String) -> Labelled {
        Labelled(label: word)
    }
}

/// A value with a misplaced constraint.
@Schema
struct Labelled: Sendable {
    /// A label.
    @Range(1...3) var label: String
}
