public import WarrantJSON
public import OpenAPIKit

extension String: SchemaValue {
    /// `{"type": "string", "pattern": "^[^\u0000]*$"}`: any text without U+0000 (``TextRules``).
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { TextRules.stringSchema }

    /// A JSON string without U+0000 (a `nul` issue); anything else is a `type` issue.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> String? {
        if case .string(let value) = json {
            guard !TextRules.containsNUL(value) else {
                issues.record("nul", "must not contain the NUL character (U+0000)")
                return nil
            }
            return value
        }
        issues.record("type", "must be a string, not \(json.article)")
        return nil
    }

    /// Writes the string, escaped.
    public func encode(to writer: inout JSONWriter) { writer.string(self) }
}

extension Bool: SchemaValue {
    /// `{"type": "boolean"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .boolean }

    /// `true` or `false` only: `"yes"` and `1` are `type` issues.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Bool? {
        if case .bool(let value) = json { return value }
        issues.record("type", "must be a boolean, not \(json.article)")
        return nil
    }

    /// Writes `true` or `false`.
    public func encode(to writer: inout JSONWriter) { writer.bool(self) }
}

/// Decoding and encoding shared by the integer types.
extension SchemaValue where Self: FixedWidthInteger {
    /// An integral JSON number in this type's range; fractions and exponents are `type` issues.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Self? {
        guard case .number(let number) = json, number.isInteger else {
            issues.record("type", "must be an integer, not \(json.article)")
            return nil
        }
        guard let value = Self(number.lexeme) else {
            issues.record("out_of_range", "must be between \(Self.min) and \(Self.max)")
            return nil
        }
        return value
    }

    /// Writes the integer.
    public func encode(to writer: inout JSONWriter) { writer.int(Int64(self)) }
}

extension Int: SchemaValue {
    /// `{"type": "integer", "format": "int64"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .integer(format: .int64) }
}

extension Int64: SchemaValue {
    /// `{"type": "integer", "format": "int64"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .integer(format: .int64) }
}

extension Int32: SchemaValue {
    /// `{"type": "integer", "format": "int32"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .integer(format: .int32) }
}

extension Double: SchemaValue {
    /// `{"type": "number", "format": "double"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .number(format: .double) }

    /// Any finite JSON number.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Double? {
        guard case .number(let number) = json else {
            issues.record("type", "must be a number, not \(json.article)")
            return nil
        }
        guard let value = number.double else {
            issues.record("out_of_range", "must be a finite number")
            return nil
        }
        return value
    }

    /// Writes the shortest representation that reads back as the same value.
    public func encode(to writer: inout JSONWriter) { writer.double(self) }
}

extension Float: SchemaValue {
    /// `{"type": "number", "format": "float"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .number(format: .float) }

    /// Any JSON number that fits a `Float`.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Float? {
        guard let value = Double.decode(json: json, issues: &issues) else { return nil }
        let narrowed = Float(value)
        guard narrowed.isFinite else {
            issues.record("out_of_range", "must fit a 32-bit float")
            return nil
        }
        return narrowed
    }

    /// Writes the value.
    public func encode(to writer: inout JSONWriter) { writer.double(Double(self)) }
}

extension Array: SchemaDescribable, JSONDecodableValue, JSONEncodableValue, SchemaValue where Element: SchemaValue {
    /// `{"type": "array", "items": …}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .array(items: Element.schema(in: &components))
    }

    /// A JSON array whose every element decodes; issues name the element's index.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> [Element]? {
        guard case .array(let values) = json else {
            issues.record("type", "must be an array, not \(json.article)")
            return nil
        }
        var result: [Element] = []
        result.reserveCapacity(values.count)
        var valid = true
        for (index, value) in values.enumerated() {
            var nested = ValidationIssues()
            if let element = Element.decode(json: value, issues: &nested) {
                result.append(element)
            } else {
                valid = false
            }
            if !nested.isEmpty { issues.absorb(nested, under: String(index)) }
        }
        return valid ? result : nil
    }

    /// Writes the elements in order.
    public func encode(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.encode(to: &writer) }
        writer.endArray()
    }
}

extension Dictionary: SchemaDescribable, JSONDecodableValue, JSONEncodableValue, SchemaValue, ConstrainedValue
where Key == String, Value: SchemaValue {
    /// `{"type": "object", "additionalProperties": …}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .object(additionalProperties: .b(Value.schema(in: &components)))
    }

    /// A JSON object whose every member value decodes.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> [String: Value]? {
        guard let object = issues.expectObject(json) else { return nil }
        var result: [String: Value] = [:]
        result.reserveCapacity(object.count)
        var valid = true
        for member in object {
            var nested = ValidationIssues()
            if let value = Value.decode(json: member.value, issues: &nested) {
                result[member.key] = value
            } else {
                valid = false
            }
            if !nested.isEmpty { issues.absorb(nested, under: member.key) }
        }
        return valid ? result : nil
    }

    /// Writes the members sorted by key, so output is stable.
    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        for key in keys.sorted() {
            if let value = self[key] { writer.member(key, value) }
        }
        writer.endObject()
    }
}
