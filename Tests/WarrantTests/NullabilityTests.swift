import Foundation
import Testing
import Warrant
import WarrantJSON

/// The document allows `null` exactly where the decoder accepts it.
@Suite("Nullable members")
struct NullabilityTests {
    @Test("optional members accept null; a defaulted member takes its default when absent and refuses null")
    func decoding() throws {
        let (all, none) = try JSONTestSupport.decode(Nullability.self, #"{"note":null,"priority":null,"address":null}"#)
        #expect(none.isEmpty)
        #expect(all == Nullability(note: nil, priority: nil, address: nil, flag: false))
        let (refused, issues) = try JSONTestSupport.decode(Nullability.self, #"{"flag":null}"#)
        #expect(refused == nil)
        #expect(issues.map(\.pointer) == ["/flag"])
        #expect(issues.map(\.code) == ["type"])
    }

    @Test("optional members are documented nullable: a type list, or anyOf with null for enums and references")
    func documented() throws {
        let schema = try #require(try JSONTestSupport.components(of: Nullability.self)["Nullability"])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["note"]?["type"] as? [String] == ["string", "null"])
        for name in ["priority", "address"] {
            let options = try #require(properties[name]?["anyOf"] as? [[String: Any]], "\(name)")
            #expect(options.count == 2)
            #expect(options.contains { $0["type"] as? String == "null" }, "\(name)")
            #expect(options.contains { ($0["$ref"] as? String)?.hasPrefix("#/components/schemas/") == true }, "\(name)")
        }
        #expect(properties["flag"]?["type"] as? String == "boolean", "a defaulted member is not nullable")
        #expect(schema["required"] == nil)
    }
}

/// No string Warrant reads may hold U+0000, and the document says so.
@Suite("NUL-free text")
struct NULFreeTextTests {
    @Test("a body string with U+0000 is a 422 naming it; the schema's pattern says the same")
    func bodyStrings() throws {
        let (value, issues) = try JSONTestSupport.decode(Nullability.self, #"{"note":"a\u0000b"}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/note"])
        #expect(issues.map(\.code) == ["nul"])
        let schema = try #require(try JSONTestSupport.components(of: Nullability.self)["Nullability"])
        let note = (schema["properties"] as? [String: [String: Any]])?["note"]
        #expect(note?["pattern"] as? String == TextRules.nulFreePattern)
    }

    @Test("a declared pattern and the NUL rule are both documented, with allOf")
    func declaredPattern() throws {
        var components = SchemaComponents()
        var object = ObjectSchemaBuilder(description: nil)
        object.property("url", String.self, required: true, description: "A link.", deprecated: false, constraints: [.pattern("^https?://"), .length(...10)], example: nil, in: &components)
        let schema = object.build(example: Optional<String>.none)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(schema)) as? [String: Any]
        let url = (json?["properties"] as? [String: [String: Any]])?["url"]
        let parts = try #require(url?["allOf"] as? [[String: Any]])
        #expect(parts.compactMap { $0["pattern"] as? String } == ["^https?://", TextRules.nulFreePattern])
        #expect(parts.first?["maxLength"] as? Int == 10)
        #expect(url?["description"] as? String == "A link.")
    }

    @Test("a declared pattern that cannot match U+0000 is the string's only pattern: a plain string for generated clients")
    func patternWithoutNUL() throws {
        for pattern in ["^[0-9]{4}$", "^password$", "^[A-Z]{2}-\\d+(\\.\\d+)?$", "^(red|green)$", "^\\w+@\\w+\\.com$"] {
            #expect(TextRules.patternExcludesNUL(pattern), "\(pattern)")
        }
        // Unanchored, able to match anything, or with an escape that may stand for U+0000: the NUL rule stays.
        for pattern in ["^https?://", "[0-9]+$", "^.*$", "^[^a]+$", "^\\S+$", "^a|b$", "^\\u0000$", "^\\x00$", "^\\p{Cc}$", "^\\0$", "^a\\$"] {
            #expect(!TextRules.patternExcludesNUL(pattern), "\(pattern)")
        }
        let schema = Constraint.pattern("^[0-9]{4}$").applied(to: TextRules.stringSchema)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(schema)) as? [String: Any]
        #expect(json?["pattern"] as? String == "^[0-9]{4}$" && json?["type"] as? String == "string" && json?["allOf"] == nil)
    }

    @Test("a query or path string with U+0000 is refused too")
    func parameters() {
        #expect(String(parameterText: "a\u{0}b") == nil)
        #expect(String(parameterText: "ab") == "ab")
    }
}
