public import WarrantJSON
public import OpenAPIKit

extension CalendarDate: SchemaValue {
    /// `{"type": "string", "format": "date"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .string(format: .date) }

    /// A `YYYY-MM-DD` string naming a real date.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> CalendarDate? {
        guard case .string(let text) = json, let date = CalendarDate(text) else {
            issues.record("format", "must be a date such as 2026-01-31 (YYYY-MM-DD, a real calendar date)")
            return nil
        }
        return date
    }

    /// Writes `YYYY-MM-DD`.
    public func encode(to writer: inout JSONWriter) { writer.string(description) }
}

extension CalendarDate: ConstrainedValue {}

extension CalendarDate: ParameterValue {
    /// A `YYYY-MM-DD` date.
    public init?(parameterText text: Substring) {
        guard let date = CalendarDate(text) else { return nil }
        self = date
    }
    /// "a date such as 2026-01-31".
    public static var parameterExpectation: String { "a date such as 2026-01-31" }
}
