/// A type whose Swift arrays map to a PostgreSQL array type: `[Int64]` to `int8[]`,
/// `[String?]` to `text[]` with `NULL` elements, and so on.
///
/// `UInt8` is the one special case: `[UInt8]` is a byte string and maps to `bytea`,
/// not to an array of numbers.
///
/// Arrays are one-dimensional and use PostgreSQL's binary array format; reading a
/// multi-dimensional array is a ``DatabaseError/Kind/decoding`` error.
public protocol PostgresArrayElement: Sendable {
    /// The PostgreSQL type of an array of this element, e.g. ``PostgresDataType/int8Array``.
    static var postgresArrayDataType: PostgresDataType { get }

    /// Writes `elements` as one array value.
    static func encodeArray(_ elements: [Self], into buffer: inout PostgresEncodingBuffer)

    /// Reads an array value.
    static func decodeArray(from cell: PostgresCell) throws(DatabaseError) -> [Self]
}

extension Array: PostgresEncodable where Element: PostgresArrayElement {
    /// The element's array type.
    public static var postgresDataType: PostgresDataType { Element.postgresArrayDataType }

    /// Writes the array in binary array format (raw bytes for `[UInt8]`).
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        Element.encodeArray(self, into: &buffer)
    }
}

extension Array: PostgresDecodable where Element: PostgresArrayElement {
    /// Reads a one-dimensional array (or `bytea` for `[UInt8]`).
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        self = try Element.decodeArray(from: cell)
    }
}

extension PostgresArrayElement where Self: PostgresEncodable {
    /// Writes the binary array header (dimensions, null flag, element type) and then
    /// each element as a length-prefixed value, `-1` for `NULL`.
    public static func encodeArray(_ elements: [Self], into buffer: inout PostgresEncodingBuffer) {
        let hasNull = elements.contains { $0.isPostgresNull }
        buffer.writeInteger(Int32(elements.isEmpty ? 0 : 1))
        buffer.writeInteger(Int32(hasNull ? 1 : 0))
        buffer.writeInteger(Self.postgresDataType.rawValue)
        if !elements.isEmpty {
            buffer.writeInteger(Int32(clamping: elements.count))
            buffer.writeInteger(Int32(1))
        }
        for element in elements {
            if element.isPostgresNull {
                buffer.writeInteger(Int32(-1))
                continue
            }
            let lengthOffset = buffer.count
            buffer.writeInteger(Int32(0))
            element.encode(into: &buffer)
            buffer.patchInt32(Int32(clamping: buffer.count - lengthOffset - 4), at: lengthOffset)
        }
    }
}

extension PostgresArrayElement where Self: PostgresDecodable {
    /// Reads a one-dimensional binary array, decoding each element as `Self`.
    public static func decodeArray(from cell: PostgresCell) throws(DatabaseError) -> [Self] {
        try BinaryArrayReader.elements(of: cell, as: [Self].self) { (element) throws(DatabaseError) in
            try Self(postgresCell: element)
        }
    }
}

extension Optional: PostgresArrayElement
where Wrapped: PostgresArrayElement & PostgresEncodable & PostgresDecodable {
    /// The wrapped type's array type; `nil` elements are `NULL`.
    public static var postgresArrayDataType: PostgresDataType { Wrapped.postgresArrayDataType }
}
