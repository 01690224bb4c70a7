/// One parsed JSON document or a fragment of one.
///
/// Arrays and objects hold their children by value; both are backed by
/// copy-on-write storage, so passing a `JSONValue` around is cheap.
///
/// Equality is structural and order-sensitive: two objects with the same
/// members in a different order are *not* equal, and numbers compare by their
/// lexeme (`1.0 != 1`). This mirrors the document as written, which is what
/// round-trip checks and caches want; compare decoded fields for semantics.
public enum JSONValue: Sendable, Hashable {
    /// The literal `null`.
    case null
    /// The literals `true` and `false`.
    case bool(Bool)
    /// A number, kept as its exact source lexeme.
    case number(JSONNumber)
    /// A string, already unescaped.
    case string(String)
    /// An array of values in document order.
    case array([JSONValue])
    /// An object: members in document order, keys unique.
    case object(JSONObject)
}

extension JSONValue {
    /// Which of the six JSON types this value is.
    public var kind: JSONValueKind {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// The JSON type name used in error messages: `"null"`, `"boolean"`,
    /// `"number"`, `"string"`, `"array"` or `"object"`.
    public var typeName: String { kind.rawValue }
}
