import Foundation
import Testing
import Warrant

/// How streamed answers appear in the OpenAPI document: the media type served, the body as a string, and
/// each item's schema as `x-item-schema` referring to a registered component.
@Suite("Streaming responses in the spec")
struct StreamingSpecTests {
    private func okContent(_ path: String) throws -> [String: Any] {
        let api = API(info: APIInfo(title: "Streams", version: "1")) { $0.include(StreamRoutes(probe: StreamProbe())) }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(api.specification().jsonText.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        let operation = try #require((paths[path] as? [String: Any])?["get"] as? [String: Any])
        let ok = try #require((operation["responses"] as? [String: Any])?["200"] as? [String: Any])
        let components = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect(components["Tick"] != nil, "the item schema is registered as a component")
        return try #require(ok["content"] as? [String: Any])
    }

    @Test("server-sent events: text/event-stream, the schema of one event, x-item-schema referring to the data's component")
    func eventStream() throws {
        let content = try okContent("/events")
        #expect(Array(content.keys) == ["text/event-stream"])
        let media = try #require(content["text/event-stream"] as? [String: Any])
        let event = try #require(media["schema"] as? [String: Any])
        #expect(event["type"] as? String == "object")
        #expect(event["required"] as? [String] == ["data"])
        let properties = try #require(event["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == ["data", "event", "id", "retry"])
        #expect(properties["data"]?["contentMediaType"] as? String == "application/json")
        #expect(properties["retry"]?["type"] as? String == "integer")
        #expect((media["x-item-schema"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/Tick")
    }

    @Test("NDJSON: application/x-ndjson with the line's schema")
    func ndjson() throws {
        let content = try okContent("/ticks.ndjson")
        let media = try #require(content["application/x-ndjson"] as? [String: Any])
        #expect((media["schema"] as? [String: Any])?["type"] as? String == "string")
        #expect((media["x-item-schema"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/Tick")
    }

    @Test("downloads: the format's media type, a binary string")
    func download() throws {
        let content = try okContent("/bytes")
        let schema = try #require((content["application/octet-stream"] as? [String: Any])?["schema"] as? [String: Any])
        #expect(schema["type"] as? String == "string")
        #expect(schema["format"] as? String == "binary")
        #expect(schema["contentMediaType"] as? String == "application/octet-stream")
    }
}
