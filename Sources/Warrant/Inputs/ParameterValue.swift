public import Foundation
import WarrantJSON

/// A value read from text: a path segment, a query item or a header.
public protocol ParameterValue: SchemaValue {
    /// The value `text` spells, or `nil` if it is malformed.
    init?(parameterText text: Substring)
    /// What a valid value looks like, for error messages: "an integer".
    static var parameterExpectation: String { get }
}

extension String: ParameterValue {
    /// The text itself, unless it holds U+0000 (``TextRules``).
    public init?(parameterText text: Substring) {
        guard !TextRules.containsNUL(text) else { return nil }
        self = String(text)
    }
    /// "a string without the NUL character".
    public static var parameterExpectation: String { "a string without the NUL character (U+0000)" }
}

extension Bool: ParameterValue {
    /// `true`/`false` (also `1`/`0`).
    public init?(parameterText text: Substring) {
        switch text {
        case "true", "1": self = true
        case "false", "0": self = false
        default: return nil
        }
    }
    /// "true or false".
    public static var parameterExpectation: String { "true or false" }
}

/// Parsing shared by the integer parameter types.
extension ParameterValue where Self: FixedWidthInteger {
    /// A decimal integer in range.
    public init?(parameterText text: Substring) {
        guard let value = Self(text, radix: 10) else { return nil }
        self = value
    }
    /// "an integer".
    public static var parameterExpectation: String { "an integer" }
}

extension Int: ParameterValue {}
extension Int64: ParameterValue {}
extension Int32: ParameterValue {}

extension Double: ParameterValue {
    /// A finite decimal number.
    public init?(parameterText text: Substring) {
        guard let value = Double(text), value.isFinite else { return nil }
        self = value
    }
    /// "a number".
    public static var parameterExpectation: String { "a number" }
}

extension Date: ParameterValue {
    /// An RFC 3339 date-time.
    public init?(parameterText text: Substring) {
        guard let date = RFC3339.parse(text) else { return nil }
        self = date
    }
    /// "an RFC 3339 date-time".
    public static var parameterExpectation: String { "an RFC 3339 date-time such as 2026-01-31T09:30:00Z" }
}

extension UUID: ParameterValue {
    /// A UUID string.
    public init?(parameterText text: Substring) {
        guard let value = UUID(uuidString: String(text)) else { return nil }
        self = value
    }
    /// "a UUID".
    public static var parameterExpectation: String { "a UUID" }
}
