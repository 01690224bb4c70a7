import Foundation

extension Date: PostgresEncodable {
    /// Bound as `timestamptz`.
    public static var postgresDataType: PostgresDataType { .timestamptz }
    /// Writes microseconds since 2000-01-01 00:00:00 UTC (rounded to the nearest microsecond).
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.writeInteger(PostgresTime.microseconds(from: self))
    }
}

extension UUID: PostgresEncodable {
    /// Bound as `uuid`.
    public static var postgresDataType: PostgresDataType { .uuid }
    /// Writes the 16 bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        withUnsafeBytes(of: uuid) { buffer.writeBytes($0) }
    }
}

extension Data: PostgresEncodable {
    /// Bound as `bytea`.
    public static var postgresDataType: PostgresDataType { .bytea }
    /// Writes the bytes as they are.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeBytes(self) }
}
