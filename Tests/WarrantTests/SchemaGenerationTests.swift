import Foundation
import Testing
import Warrant

@Suite("Schemas generated from Swift types")
struct SchemaGenerationTests {
    private func properties(_ schema: [String: Any]) -> [String: [String: Any]] {
        schema["properties"] as? [String: [String: Any]] ?? [:]
    }

    @Test("the type's and each property's doc comment become descriptions")
    func descriptions() throws {
        let schema = try #require(try JSONTestSupport.components(of: Everything.self)["Everything"])
        #expect(schema["description"] as? String == "Every shape a schema supports.")
        let props = properties(schema)
        #expect(props["name"]?["description"] as? String == "A display name.")
        #expect(props["history"]?["description"] as? String == "Where it lived.")
        #expect(props.count == 17)
        for (name, property) in props {
            #expect(property["description"] != nil, "property \(name) has no description")
        }
    }

    @Test("required lists non-optional, non-defaulted properties")
    func required() throws {
        let schema = try #require(try JSONTestSupport.components(of: Everything.self)["Everything"])
        let required = Set(schema["required"] as? [String] ?? [])
        #expect(required == ["name", "count", "small", "big", "ratio", "weight", "at", "uuid", "tags", "scores", "address", "history", "priority", "kind"])
        #expect(!required.contains("nickname"))
        #expect(!required.contains("active"))
        #expect(!required.contains("level"))
    }

    @Test("scalars map to JSON Schema types and formats")
    func scalars() throws {
        let props = properties(try #require(try JSONTestSupport.components(of: Everything.self)["Everything"]))
        #expect(props["name"]?["type"] as? String == "string")
        #expect(props["active"]?["type"] as? String == "boolean")
        #expect(props["count"]?["type"] as? String == "integer")
        #expect(props["count"]?["format"] as? String == "int64")
        #expect(props["small"]?["format"] as? String == "int32")
        #expect(props["big"]?["format"] as? String == "int64")
        #expect(props["ratio"]?["type"] as? String == "number")
        #expect(props["ratio"]?["format"] as? String == "double")
        #expect(props["weight"]?["format"] as? String == "float")
        #expect(props["at"]?["type"] as? String == "string")
        #expect(props["at"]?["format"] as? String == "date-time")
        #expect(props["uuid"]?["format"] as? String == "uuid")
    }

    @Test("constraints are written into the schema")
    func constraints() throws {
        let components = try JSONTestSupport.components(of: Everything.self)
        let props = properties(try #require(components["Everything"]))
        #expect(props["name"]?["minLength"] as? Int == 1)
        #expect(props["name"]?["maxLength"] as? Int == 20)
        #expect(props["count"]?["minimum"] as? Int == 0)
        #expect(props["count"]?["maximum"] as? Int == 10)
        #expect(props["ratio"]?["minimum"] as? Double == 0)
        #expect(props["ratio"]?["maximum"] as? Double == 1)
        #expect(props["tags"]?["minItems"] as? Int == 1)
        #expect(props["tags"]?["maxItems"] as? Int == 3)
        let address = properties(try #require(components["Address"]))
        // ^[0-9]{5}$ cannot match U+0000, so it is the string's one pattern (no allOf with the NUL rule).
        #expect(address["zip"]?["pattern"] as? String == "^[0-9]{5}$" && address["zip"]?["allOf"] == nil)
    }

    @Test("nested types are $ref components, arrays have items, dictionaries additionalProperties")
    func references() throws {
        let components = try JSONTestSupport.components(of: Everything.self)
        #expect(Set(components.keys) == ["Everything", "Address", "Priority", "Level"])
        let props = properties(try #require(components["Everything"]))
        #expect(props["address"]?["$ref"] as? String == "#/components/schemas/Address")
        let items = props["history"]?["items"] as? [String: Any]
        #expect(props["history"]?["type"] as? String == "array")
        #expect(items?["$ref"] as? String == "#/components/schemas/Address")
        #expect((props["tags"]?["items"] as? [String: Any])?["type"] as? String == "string")
        #expect(props["scores"]?["type"] as? String == "object")
        #expect((props["scores"]?["additionalProperties"] as? [String: Any])?["type"] as? String == "integer")
    }

    @Test("string and integer enums list their values, with each case's doc")
    func enums() throws {
        let components = try JSONTestSupport.components(of: Everything.self)
        let priority = try #require(components["Priority"])
        #expect(priority["type"] as? String == "string")
        #expect(priority["enum"] as? [String] == ["low", "high"])
        let description = priority["description"] as? String ?? ""
        #expect(description.contains("How urgent something is."))
        #expect(description.contains("- `high`: As soon as possible."))
        let level = try #require(components["Level"])
        #expect(level["type"] as? String == "integer")
        #expect(level["enum"] as? [Int] == [1, 2])
    }

    @Test("examples given in Swift appear in the schema")
    func examples() throws {
        let props = properties(try #require(try JSONTestSupport.components(of: Everything.self)["Everything"]))
        #expect(props["name"]?["examples"] as? [String] == ["Ada"])
        let sample = try #require(try JSONTestSupport.components(of: Sample.self)["Sample"])
        #expect((sample["examples"] as? [[String: String]])?.first == ["word": "hello"])
    }

    @Test("a generic wrapper is a component named after its arguments")
    func generics() throws {
        let components = try JSONTestSupport.components(of: Page<Address>.self)
        let page = try #require(components["Page_Address"])
        let items = properties(page)["items"]?["items"] as? [String: Any]
        #expect(items?["$ref"] as? String == "#/components/schemas/Address")
        #expect(components["Address"] != nil)
        #expect(Page<Int>.schemaName == "Page_Int")
    }

    @Test("a recursive type refers to itself instead of looping")
    func recursion() throws {
        let node = try #require(try JSONTestSupport.components(of: Node.self)["Node"])
        let items = properties(node)["children"]?["items"] as? [String: Any]
        #expect(items?["$ref"] as? String == "#/components/schemas/Node")
    }

    @Test("JSON keys follow CodingKeys and encoding keeps declaration order")
    func encodingOrder() {
        let address = Address(street: "1 Main St", zip: "12345")
        #expect(JSONTestSupport.encode(address) == #"{"street":"1 Main St","zip":"12345"}"#)
        #expect(JSONTestSupport.encode(Renamed(displayName: "Ada", count: 2)) == #"{"display_name":"Ada","count":2}"#)
        let page = Page(items: [address], total: 1)
        #expect(JSONTestSupport.encode(page) == #"{"items":[{"street":"1 Main St","zip":"12345"}],"total":1}"#)
    }

    @Test("CodingKeys rename properties in the schema")
    func renamedSchema() throws {
        let schema = try #require(try JSONTestSupport.components(of: Renamed.self)["Renamed"])
        #expect(Set(properties(schema).keys) == ["display_name", "count"])
    }
}
