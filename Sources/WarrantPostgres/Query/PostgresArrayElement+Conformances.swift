import Foundation

extension Bool: PostgresArrayElement {
    /// `bool[]`.
    public static var postgresArrayDataType: PostgresDataType { .boolArray }
}

extension Int16: PostgresArrayElement {
    /// `int2[]`.
    public static var postgresArrayDataType: PostgresDataType { .int2Array }
}

extension Int32: PostgresArrayElement {
    /// `int4[]`.
    public static var postgresArrayDataType: PostgresDataType { .int4Array }
}

extension Int64: PostgresArrayElement {
    /// `int8[]`.
    public static var postgresArrayDataType: PostgresDataType { .int8Array }
}

extension Int: PostgresArrayElement {
    /// `int8[]`.
    public static var postgresArrayDataType: PostgresDataType { .int8Array }
}

extension Float: PostgresArrayElement {
    /// `float4[]`.
    public static var postgresArrayDataType: PostgresDataType { .float4Array }
}

extension Double: PostgresArrayElement {
    /// `float8[]`.
    public static var postgresArrayDataType: PostgresDataType { .float8Array }
}

extension String: PostgresArrayElement {
    /// `text[]`.
    public static var postgresArrayDataType: PostgresDataType { .textArray }
}

extension Date: PostgresArrayElement {
    /// `timestamptz[]`.
    public static var postgresArrayDataType: PostgresDataType { .timestamptzArray }
}

extension UUID: PostgresArrayElement {
    /// `uuid[]`.
    public static var postgresArrayDataType: PostgresDataType { .uuidArray }
}

extension Data: PostgresArrayElement {
    /// `bytea[]`.
    public static var postgresArrayDataType: PostgresDataType { .byteaArray }
}

extension Array: PostgresArrayElement where Element == UInt8 {
    /// `bytea[]`: an array of byte strings.
    public static var postgresArrayDataType: PostgresDataType { .byteaArray }
}
