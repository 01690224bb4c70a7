/// The value types a generated field may have, and how each is spelled in Swift, SQL, JSON and the tests.
public enum FieldType: String, Sendable, CaseIterable {
    /// Text of 1 to 200 characters (`TEXT` with a length check).
    case string = "String"
    /// A 64-bit integer (`BIGINT`).
    case int = "Int"
    /// A double-precision number (`DOUBLE PRECISION`).
    case double = "Double"
    /// `true` or `false` (`BOOLEAN`).
    case bool = "Bool"

    /// The Swift type of the property: `Int` is stored as `Int64`, like the column.
    public var swiftType: String {
        switch self {
        case .string: "String"
        case .int: "Int64"
        case .double: "Double"
        case .bool: "Bool"
        }
    }

    /// The column's SQL type.
    public var sqlType: String {
        switch self {
        case .string: "TEXT"
        case .int: "BIGINT"
        case .double: "DOUBLE PRECISION"
        case .bool: "BOOLEAN"
        }
    }

    /// What the doc comments say a value is.
    public var valueDescription: String {
        switch self {
        case .string: "1 to 200 characters"
        case .int: "a whole number"
        case .double: "a number"
        case .bool: "true or false"
        }
    }

    /// A valid value as a JSON (and Swift) literal: `variant` 1 and 2 differ, so an update is visible.
    public func sampleLiteral(_ variant: Int, phrase: String) -> String {
        switch self {
        case .string: "\"\(phrase) \(variant)\""
        case .int: "\(variant)"
        case .double: "\(variant).5"
        case .bool: variant.isMultiple(of: 2) ? "false" : "true"
        }
    }

    /// A JSON value the field rejects with a 422: too short for a string, the wrong type otherwise.
    public var invalidJSONLiteral: String {
        switch self {
        case .string: "\"\""
        case .int, .double, .bool: "\"x\""
        }
    }
}
