extension Int16: PostgresEncodable {
    /// Bound as `int2`.
    public static var postgresDataType: PostgresDataType { .int2 }
    /// Writes two big-endian bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(self) }
}

extension Int32: PostgresEncodable {
    /// Bound as `int4`.
    public static var postgresDataType: PostgresDataType { .int4 }
    /// Writes four big-endian bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(self) }
}

extension Int64: PostgresEncodable {
    /// Bound as `int8`.
    public static var postgresDataType: PostgresDataType { .int8 }
    /// Writes eight big-endian bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(self) }
}

extension Int: PostgresEncodable {
    /// Bound as `int8`.
    public static var postgresDataType: PostgresDataType { .int8 }
    /// Writes eight big-endian bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(Int64(self)) }
}
