import Foundation
import Testing
import Warrant
import WarrantJSON

/// A partial update: each member may be left out, cleared with `null`, or set.
@Schema
struct ProfileChange: Sendable, Equatable {
    /// A note; `null` removes it.
    @Length(...10)
    var note: Patch<String> = .absent
    /// A rating from 1 to 5.
    @Range(1...5)
    var rating: Patch<Int> = .absent
    /// Declared without a default: still optional, as the decoder accepts a missing key.
    var tags: Patch<[String]>
    /// A nested object.
    var address: Patch<PatchAddress> = .absent
}

/// An address inside a patch.
@Schema
struct PatchAddress: Sendable, Equatable {
    /// The city.
    var city: String
}

@Suite("Patch: absent, null or a value")
struct PatchTests {
    @Test("a missing key is absent, null is null, a value is a value")
    func decoding() throws {
        let (absent, none) = try JSONTestSupport.decode(ProfileChange.self, "{}")
        #expect(none.isEmpty)
        #expect(absent == ProfileChange(note: .absent, rating: .absent, tags: .absent, address: .absent))
        let (nulls, noIssues) = try JSONTestSupport.decode(
            ProfileChange.self, #"{"note":null,"rating":null,"tags":null,"address":null}"#)
        #expect(noIssues.isEmpty)
        #expect(nulls == ProfileChange(note: .null, rating: .null, tags: .null, address: .null))
        let (values, _) = try JSONTestSupport.decode(
            ProfileChange.self, #"{"note":"hi","rating":5,"tags":["a"],"address":{"city":"Paris"}}"#)
        #expect(values == ProfileChange(note: .value("hi"), rating: .value(5), tags: .value(["a"]), address: .value(PatchAddress(city: "Paris"))))
    }

    @Test("a sent value is validated as the wrapped type, constraints included, with the member's pointer")
    func validation() throws {
        let (value, issues) = try JSONTestSupport.decode(
            ProfileChange.self, #"{"note":"far too long a note","rating":9,"tags":[1],"address":{}}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/note", "/rating", "/tags/0", "/address/city"])
        #expect(issues.map(\.code) == ["too_long", "out_of_range", "type", "missing"])
        let (_, typeIssues) = try JSONTestSupport.decode(ProfileChange.self, #"{"note":5}"#)
        #expect(typeIssues.map(\.code) == ["type"])
    }

    @Test("encoding leaves an absent member out and writes null for null")
    func encoding() {
        let change = ProfileChange(note: .null, rating: .value(3), tags: .absent, address: .absent)
        #expect(JSONTestSupport.encode(change) == #"{"note":null,"rating":3}"#)
        #expect(JSONTestSupport.encode(ProfileChange(tags: .absent)) == "{}")
        // Outside an object nothing can be left out: absent is null there.
        #expect(JSONTestSupport.encode([Patch<Int>.absent, .null, .value(1)]) == "[null,null,1]")
    }

    @Test("the schema: never required, the wrapped schema or null, constraints on the wrapped schema")
    func schema() throws {
        let schema = try #require(try JSONTestSupport.components(of: ProfileChange.self)["ProfileChange"])
        #expect(schema["required"] == nil)
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["note"]?["type"] as? [String] == ["string", "null"])
        #expect(properties["rating"]?["type"] as? [String] == ["integer", "null"])
        #expect(properties["rating"]?["minimum"] as? Int == 1)
        #expect(properties["rating"]?["maximum"] as? Int == 5)
        #expect(properties["tags"]?["type"] as? [String] == ["array", "null"])
        let options = try #require(properties["address"]?["anyOf"] as? [[String: Any]])
        #expect(options.contains { $0["type"] as? String == "null" })
        #expect(options.contains { $0["$ref"] as? String == "#/components/schemas/PatchAddress" })
    }

    @Test("apply leaves, clears or replaces an optional value")
    func applying() {
        var note: String? = "old"
        Patch<String>.absent.apply(to: &note)
        #expect(note == "old")
        Patch.value("new").apply(to: &note)
        #expect(note == "new")
        Patch<String>.null.apply(to: &note)
        #expect(note == nil)
        #expect(Patch.value(2).applied(to: 1) == 2)
        #expect(Patch<Int>.absent.applied(to: 1) == 1)
        #expect(Patch<Int>.null.applied(to: 1) == nil)
        #expect(Patch.value(2).map { $0 * 10 } == .value(20))
        #expect(Patch<Int>.null.map { $0 * 10 } == .null)
        #expect(Patch<Int>.absent.map { $0 * 10 } == .absent)
        #expect(Patch.value(1).newValue == 1 && Patch<Int>.null.newValue == nil && Patch<Int>.absent.newValue == nil)
        #expect(Patch<Int>.null.isPresent && !Patch<Int>.absent.isPresent)
    }
}
