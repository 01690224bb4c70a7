import Testing
import WarrantJSON

@Suite("JSONValue and JSONObject")
struct JSONValueTests {
    @Test("kind and typeName name each JSON type")
    func kinds() throws {
        let cases: [(JSONValue, JSONValueKind, String)] = [
            (.null, .null, "null"),
            (.bool(true), .boolean, "boolean"),
            (.number(JSONNumber(1)), .number, "number"),
            (.string("s"), .string, "string"),
            (.array([]), .array, "array"),
            (.object([:]), .object, "object"),
        ]
        for (value, kind, name) in cases {
            #expect(value.kind == kind)
            #expect(value.typeName == name)
        }
        #expect(Set(JSONValueKind.allCases.map(\.rawValue)).count == 6)
    }

    @Test("typed accessors return nil for other kinds")
    func accessors() {
        let string = JSONValue.string("x")
        #expect(string.stringValue == "x")
        #expect(string.boolValue == nil)
        #expect(string.numberValue == nil)
        #expect(string.arrayValue == nil)
        #expect(string.objectValue == nil)
        #expect(string.isNull == false)
        #expect(JSONValue.null.isNull)
        #expect(JSONValue.bool(false).boolValue == false)
        #expect(string["key"] == nil)
        #expect(string[0] == nil)
    }

    @Test("array subscript is bounds-safe")
    func arraySubscript() {
        let array = JSONValue.array([.string("a"), .string("b")])
        #expect(array[0] == .string("a"))
        #expect(array[1] == .string("b"))
        #expect(array[2] == nil)
        #expect(array[-1] == nil)
    }

    @Test("objects keep insertion order; setting replaces in place")
    func objectOrder() {
        var object: JSONObject = ["b": .bool(true), "a": .null]
        object["c"] = .string("new")
        object["b"] = .bool(false)
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["b"] == .bool(false))
        object["a"] = nil
        #expect(object.keys == ["b", "c"])
        object["missing"] = nil
        #expect(object.count == 2)
        #expect(object.contains(key: "c"))
        #expect(!object.contains(key: "a"))
        #expect(object.map(\.key) == ["b", "c"])
        #expect(object[0].key == "b")
    }

    @Test("a repeated key while building keeps the last value in the first position")
    func buildingWithRepeats() {
        let object = JSONObject([("x", .null), ("y", .bool(true)), ("x", .bool(false))])
        #expect(object.keys == ["x", "y"])
        #expect(object["x"] == .bool(false))
        let literal: JSONObject = ["k": .null, "k": .bool(true)]
        #expect(literal.count == 1)
        #expect(literal["k"] == .bool(true))
    }

    @Test("equality is structural and order-sensitive")
    func equality() {
        let first: JSONValue = .object(["a": .null, "b": .null])
        let reordered: JSONValue = .object(["b": .null, "a": .null])
        #expect(first == .object(["a": .null, "b": .null]))
        #expect(first != reordered)
        #expect(JSONValue.array([.null]) != .array([]))
    }
}
