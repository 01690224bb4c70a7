public import WarrantJSON
public import OpenAPIKit

extension EmailAddress: SchemaValue {
    /// `{"type": "string", "format": "email", "maxLength": 254, "pattern": …}` (``EmailAddress/pattern``).
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .string(format: .email, maxLength: maximumLength, pattern: pattern)
    }

    /// A string holding an address ``EmailAddress`` accepts.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> EmailAddress? {
        guard case .string(let text) = json, let address = EmailAddress(text) else {
            issues.record("format", "must be an email address such as ada@example.com")
            return nil
        }
        return address
    }

    /// Writes `local@domain`, the domain lower-cased.
    public func encode(to writer: inout JSONWriter) { writer.string(description) }
}

extension EmailAddress: ConstrainedValue {}

extension EmailAddress: ParameterValue {
    /// An address ``EmailAddress`` accepts.
    public init?(parameterText text: Substring) {
        guard let address = EmailAddress(text) else { return nil }
        self = address
    }
    /// "an email address".
    public static var parameterExpectation: String { "an email address such as ada@example.com" }
}
