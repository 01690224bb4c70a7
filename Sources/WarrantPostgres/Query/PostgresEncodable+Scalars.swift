extension Bool: PostgresEncodable {
    /// Bound as `bool`.
    public static var postgresDataType: PostgresDataType { .bool }
    /// Writes one byte, 1 or 0.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(UInt8(self ? 1 : 0)) }
}

extension Double: PostgresEncodable {
    /// Bound as `float8`.
    public static var postgresDataType: PostgresDataType { .float8 }
    /// Writes the IEEE 754 bits, big-endian.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(bitPattern) }
}

extension Float: PostgresEncodable {
    /// Bound as `float4`.
    public static var postgresDataType: PostgresDataType { .float4 }
    /// Writes the IEEE 754 bits, big-endian.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeInteger(bitPattern) }
}

extension String: PostgresEncodable {
    /// Bound as `text`.
    public static var postgresDataType: PostgresDataType { .text }
    /// Writes the UTF-8 bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeString(self) }
}

extension Substring: PostgresEncodable {
    /// Bound as `text`.
    public static var postgresDataType: PostgresDataType { .text }
    /// Writes the UTF-8 bytes.
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.writeBytes(utf8) }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    /// Declared as the wrapped type; `nil` is sent as SQL `NULL`.
    public static var postgresDataType: PostgresDataType { Wrapped.postgresDataType }
    /// `true` for `nil`.
    public var isPostgresNull: Bool {
        switch self {
        case .none: true
        case .some(let wrapped): wrapped.isPostgresNull
        }
    }
    /// Writes the wrapped value.
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        if case .some(let wrapped) = self {
            wrapped.encode(into: &buffer)
        }
    }
}
