import WarrantJSON

/// A schema as the comparison sees it: `$ref`s followed, `allOf` merged, an optional value's
/// `anyOf: [X, {type: null}]` read as X that may be null, and the set of JSON types it admits.
struct SchemaView: Sendable {
    /// The schema's keywords after resolving and merging.
    let object: JSONObject
    /// The component it came from (`Todo`), if it was a reference.
    let referenceName: String?
    /// The JSON types it admits (`integer` counted within `number`); `nil` for any type.
    let types: Set<String>?
    /// The alternatives of an `anyOf`/`oneOf` with more than one non-null branch, compared pairwise.
    let branches: [JSONValue]

    /// The deepest `allOf`/`anyOf` nesting merged; deeper ones are compared as they are.
    static let maximumNesting = 16

    /// The view of `schema` in `document`; no schema at all admits anything.
    init(_ schema: JSONValue?, in document: SpecDocument, nesting: Int = 0) {
        guard let schema else {
            self.init(object: JSONObject(), referenceName: nil, types: nil, branches: [])
            return
        }
        if case .bool(let admitsAnything) = schema {
            self.init(object: JSONObject(), referenceName: nil, types: admitsAnything ? nil : [], branches: [])
            return
        }
        guard let resolved = document.resolved(schema) else {
            self.init(object: JSONObject(), referenceName: nil, types: nil, branches: [])
            return
        }
        var object = resolved.object
        var name = resolved.referenceName
        var extraTypes: Set<String> = []
        var branches: [JSONValue] = []
        if nesting < Self.maximumNesting {
            if let parts = object["allOf"]?.arrayValue {
                object = Self.merging(parts, into: CanonicalJSON.removing(["allOf"], from: object), document: document, nesting: nesting)
            }
            for keyword in ["anyOf", "oneOf"] {
                guard let alternatives = object[keyword]?.arrayValue else { continue }
                let nonNull = alternatives.filter { SchemaView($0, in: document, nesting: nesting + 1).types != ["null"] }
                if nonNull.count < alternatives.count { extraTypes.insert("null") }
                object = CanonicalJSON.removing([keyword], from: object)
                if nonNull.count == 1, let only = nonNull.first {
                    // The optional-value pattern: the one real branch, its keywords under the outer ones.
                    let inner = SchemaView(only, in: document, nesting: nesting + 1)
                    var merged = inner.object
                    for member in object.members { merged[member.key] = member.value }
                    object = merged
                    name = name ?? inner.referenceName
                    if let innerTypes = inner.types, object["type"] == nil { extraTypes.formUnion(innerTypes) }
                    branches = inner.branches
                } else {
                    branches = nonNull
                    let branchTypes = nonNull.map { SchemaView($0, in: document, nesting: nesting + 1).types }
                    if object["type"] == nil {
                        if branchTypes.contains(where: { $0 == nil }) {
                            // A branch of any type: the whole admits any type.
                            self.init(object: object, referenceName: name, types: nil, branches: branches)
                            return
                        }
                        extraTypes.formUnion(branchTypes.compactMap { $0 }.flatMap { $0 })
                    }
                }
            }
        }
        self.init(object: object, referenceName: name, types: Self.types(of: object, adding: extraTypes), branches: branches)
    }

    private init(object: JSONObject, referenceName: String?, types: Set<String>?, branches: [JSONValue]) {
        self.object = object
        self.referenceName = referenceName
        self.types = types
        self.branches = branches
    }

    /// `allOf` parts merged into one object: properties and required members united, other keywords
    /// taken from the first part that has them.
    private static func merging(_ parts: [JSONValue], into base: JSONObject, document: SpecDocument, nesting: Int) -> JSONObject {
        var merged = base
        var properties = base["properties"]?.objectValue ?? JSONObject()
        var required = Set((base["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        for part in parts {
            let view = SchemaView(part, in: document, nesting: nesting + 1)
            for member in view.object.members {
                switch member.key {
                case "properties":
                    for property in member.value.objectValue?.members ?? [] where properties[property.key] == nil {
                        properties[property.key] = property.value
                    }
                case "required":
                    required.formUnion((member.value.arrayValue ?? []).compactMap(\.stringValue))
                default:
                    if merged[member.key] == nil { merged[member.key] = member.value }
                }
            }
        }
        if !properties.isEmpty { merged["properties"] = .object(properties) }
        if !required.isEmpty { merged["required"] = .array(required.sorted().map(JSONValue.string)) }
        return merged
    }

    /// The types `type` names (plus `null` for OpenAPI 3.0's `nullable: true`), else those of `enum` or
    /// `const` values, else any.
    private static func types(of object: JSONObject, adding extra: Set<String>) -> Set<String>? {
        var types: Set<String>?
        switch object["type"] {
        case .string(let name)?:
            types = [name]
        case .array(let names)?:
            types = Set(names.compactMap(\.stringValue))
        default:
            if let values = object["enum"]?.arrayValue {
                types = Set(values.map(jsonType))
            } else if let value = object["const"] {
                types = [jsonType(value)]
            }
        }
        guard var known = types else { return extra.isEmpty || extra == ["null"] ? nil : extra }
        known.formUnion(extra)
        if object["nullable"]?.boolValue == true { known.insert("null") }
        return known
    }

    private static func jsonType(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number.isInteger ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Whether `types` admits `type`: any type, the type itself, or an integer as a number.
    static func admits(_ types: Set<String>?, _ type: String) -> Bool {
        guard let types else { return true }
        return types.contains(type) || (type == "integer" && types.contains("number"))
    }

    /// The object's properties.
    var properties: JSONObject { object["properties"]?.objectValue ?? JSONObject() }

    /// The names of its required properties.
    var required: Set<String> { Set((object["required"]?.arrayValue ?? []).compactMap(\.stringValue)) }

    /// Whether it may be an object (and so has members to compare).
    var mayBeObject: Bool { Self.admits(types, "object") }

    /// Whether it may be an array (and so has items to compare).
    var mayBeArray: Bool { Self.admits(types, "array") }

    /// The enum values (a `const` is an enum of one), as canonical JSON text; `nil` when unrestricted.
    var enumValues: Set<String>? {
        if let values = object["enum"]?.arrayValue { return Set(values.map(CanonicalJSON.text)) }
        if let value = object["const"] { return [CanonicalJSON.text(value)] }
        return nil
    }

    /// "string, null": types sorted, `null` last; "any type" when unrestricted.
    static func describe(_ types: Set<String>?) -> String {
        guard let types else { return "any type" }
        let sorted = types.filter { $0 != "null" }.sorted() + (types.contains("null") ? ["null"] : [])
        return sorted.isEmpty ? "nothing" : sorted.joined(separator: ", ")
    }
}
