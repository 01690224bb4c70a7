import Foundation
import Testing
import App

@Suite("The app's spec documents everything")
struct SpecCompletenessTests {
    private func document() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(AppAPI.make().specification().jsonText.utf8)) as? [String: Any] ?? [:]
    }

    @Test("every operation has a summary, an operationId and at least one tag")
    func operations() throws {
        let paths = try #require(try document()["paths"] as? [String: [String: Any]])
        var count = 0
        for (path, item) in paths {
            for (method, value) in item {
                guard let operation = value as? [String: Any] else { continue }
                count += 1
                #expect((operation["summary"] as? String)?.isEmpty == false, "\(method) \(path) has no summary")
                #expect(operation["operationId"] is String, "\(method) \(path) has no operationId")
                #expect((operation["tags"] as? [String])?.isEmpty == false, "\(method) \(path) has no tag")
            }
        }
        #expect(count > 0)
    }

    @Test("every property of every schema has a description from its doc comment")
    func propertyDescriptions() throws {
        let components = try #require((try document()["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        for (name, schema) in components {
            #expect(schema["description"] is String, "schema \(name) has no description")
            for (property, value) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                #expect((value["description"] as? String)?.isEmpty == false, "\(name).\(property) has no description")
            }
        }
    }
}
