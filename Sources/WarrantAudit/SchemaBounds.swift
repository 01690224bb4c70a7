import WarrantJSON

/// The numeric and length bounds of a schema, and which way each one tightens.
enum SchemaBounds {
    /// Keywords that admit less when lowered.
    static let upper = ["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"]
    /// Keywords that admit less when raised.
    static let lower = ["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"]

    /// The types a keyword constrains: a bound only means something where both versions admit one.
    static func types(constrainedBy keyword: String) -> [String] {
        switch keyword {
        case "maxLength", "minLength", "pattern": ["string"]
        case "maxItems", "minItems", "uniqueItems": ["array"]
        case "maxProperties", "minProperties", "additionalProperties": ["object"]
        default: ["number", "integer"]
        }
    }

    /// Whether a bound going from `old` to `new` admits less (`true`), more (`false`), or the same (`nil`).
    /// Adding a bound tightens, removing one loosens; OpenAPI 3.0's boolean `exclusiveMaximum: true`
    /// tightens its `maximum`.
    static func tightens(_ keyword: String, from old: JSONValue?, to new: JSONValue?) -> Bool? {
        if old?.boolValue != nil || new?.boolValue != nil {
            let before = old?.boolValue ?? false
            let after = new?.boolValue ?? false
            return before == after ? nil : after
        }
        switch (old?.numberValue?.double, new?.numberValue?.double) {
        case (nil, nil):
            return nil
        case (nil, _?):
            return true
        case (_?, nil):
            return false
        case (let before?, let after?):
            if before == after { return nil }
            return upper.contains(keyword) ? after < before : after > before
        }
    }

    /// A bound's value as the document writes it, or "unset".
    static func text(_ value: JSONValue?) -> String {
        guard let value else { return "unset" }
        return value.numberValue?.lexeme ?? CanonicalJSON.text(value)
    }
}
