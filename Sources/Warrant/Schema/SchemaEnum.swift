public import WarrantJSON
public import OpenAPIKit

/// A closed set of values declared as a Swift enum with `String` or integer raw values: what `@Schema`
/// makes of an enum. It can be a property, a query or path parameter, or a header.
public protocol SchemaEnum: NamedSchema, ParameterValue, RawRepresentable where RawValue: SchemaValue & ParameterValue {
    /// Every case, in declaration order (written by `@Schema`).
    static var schemaCases: [Self] { get }
    /// Each case's doc comment, in the order of ``schemaCases``.
    static var schemaCaseDescriptions: [String?] { get }
    /// The enum's doc comment.
    static var schemaDescription: String? { get }
}

extension SchemaEnum {
    /// The raw type's schema restricted to the cases' raw values, with each case's doc in the description.
    public static func componentSchema(in components: inout SchemaComponents) -> JSONSchema {
        let values = schemaCases.compactMap { JSONExample.anyCodable($0.rawValue) }
        var lines: [String] = []
        for (value, description) in zip(schemaCases, schemaCaseDescriptions) {
            if let description { lines.append("- `\(value.rawValue)`: \(description)") }
        }
        let description = ([schemaDescription].compactMap { $0 } + (lines.isEmpty ? [] : [lines.joined(separator: "\n")]))
            .joined(separator: "\n\n")
        var schema = RawValue.schema(in: &components).with(allowedValues: values)
        if !description.isEmpty { schema = schema.with(description: description) }
        return schema
    }

    /// The case whose raw value `json` holds; another value is an `enum` issue listing the allowed ones.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Self? {
        guard let raw = RawValue.decode(json: json, issues: &issues) else { return nil }
        guard let value = Self(rawValue: raw) else {
            issues.record("enum", "must be one of \(allowedList)")
            return nil
        }
        return value
    }

    /// Writes the raw value.
    public func encode(to writer: inout JSONWriter) { rawValue.encode(to: &writer) }

    /// Parses the raw value from a parameter's text.
    public init?(parameterText text: Substring) {
        guard let raw = RawValue(parameterText: text) else { return nil }
        self.init(rawValue: raw)
    }

    /// "one of a, b, c".
    public static var parameterExpectation: String { "one of \(allowedList)" }

    private static var allowedList: String {
        schemaCases.map { "\($0.rawValue)" }.joined(separator: ", ")
    }
}
