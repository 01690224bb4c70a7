public import WarrantJSON

/// A type decoded from a parsed JSON value, reporting every violation instead of stopping at the first.
public protocol JSONDecodableValue {
    /// The value `json` holds, or `nil` after recording in `issues` why it is invalid.
    ///
    /// Issues are recorded relative to `json`; enclosing decoders add the path to it.
    static func decode(json: JSONValue, issues: inout ValidationIssues) -> Self?
}

extension ValidationIssues {
    /// The object `json` holds, or `nil` after recording a type issue.
    public mutating func expectObject(_ json: JSONValue) -> JSONObject? {
        if case .object(let object) = json { return object }
        record("type", "must be an object, not \(json.article)")
        return nil
    }

    /// A required member: absent or `null` is a `missing` issue.
    public mutating func member<T: JSONDecodableValue>(_ type: T.Type, _ key: String, in object: JSONObject) -> T? {
        guard let value = object[key], value != .null else {
            var nested = ValidationIssues()
            nested.record("missing", "is required")
            absorb(nested, under: key)
            return nil
        }
        return decodeNested(T.self, value, under: key)
    }

    /// A member with a default: absent gives `defaultValue`; `null` is a type issue, as for any
    /// non-optional member (the document does not allow `null` for it; an optional member allows it).
    public mutating func member<T: JSONDecodableValue>(_ type: T.Type, _ key: String, in object: JSONObject, default defaultValue: T) -> T? {
        guard let value = object[key] else { return defaultValue }
        return decodeNested(T.self, value, under: key)
    }

    /// An optional member: absent or `null` gives `.some(nil)`; an invalid value gives `nil`.
    public mutating func optionalMember<T: JSONDecodableValue>(_ type: T.Type, _ key: String, in object: JSONObject) -> T?? {
        guard let value = object[key], value != .null else { return .some(nil) }
        guard let decoded = decodeNested(T.self, value, under: key) else { return nil }
        return .some(decoded)
    }

    private mutating func decodeNested<T: JSONDecodableValue>(_ type: T.Type, _ value: JSONValue, under key: String) -> T? {
        var nested = ValidationIssues()
        let decoded = T.decode(json: value, issues: &nested)
        if !nested.isEmpty { absorb(nested, under: key) }
        return decoded
    }
}

extension JSONValue {
    /// "a string", "an object", … for messages.
    var article: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
