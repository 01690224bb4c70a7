public import Foundation
public import WarrantJSON
public import OpenAPIKit

extension Decimal: SchemaValue {
    /// `{"type": "string", "format": "decimal", "pattern": …}`: money travels as a string, as JSON numbers
    /// are read as binary floating point by most clients.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .string(format: .other("decimal"), pattern: DecimalText.pattern)
    }

    /// A string in ``DecimalText``'s grammar such as `"-12.50"`; a JSON number is a `type` issue, whatever
    /// it holds, so no value ever passes through `Double`.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Decimal? {
        guard case .string(let text) = json else {
            issues.record("type", "must be a string holding a decimal number such as \"12.50\", not \(json.article)")
            return nil
        }
        switch DecimalText.parse(text) {
        case .success(let value):
            return value
        case .failure(.malformed):
            issues.record("format", "must be a decimal number such as \"-12.50\": digits, an optional point and fraction, no exponent")
        case .failure(.tooManyDigits):
            issues.record("too_many_digits", "must have at most \(DecimalText.maximumDigits) digits")
        }
        return nil
    }

    /// Writes the exact value as a string (``DecimalText/string(_:)``).
    public func encode(to writer: inout JSONWriter) { writer.string(DecimalText.string(self)) }
}

extension Decimal: ConstrainedValue {}

extension Decimal: ParameterValue {
    /// A decimal in ``DecimalText``'s grammar.
    public init?(parameterText text: Substring) {
        guard case .success(let value) = DecimalText.parse(text) else { return nil }
        self = value
    }
    /// "a decimal number".
    public static var parameterExpectation: String { "a decimal number such as -12.50" }
}
