extension UInt8: PostgresArrayElement {
    /// `[UInt8]` is a byte string, so its "array type" is `bytea`.
    public static var postgresArrayDataType: PostgresDataType { .bytea }

    /// Writes the bytes as they are (`bytea`'s binary format).
    public static func encodeArray(_ elements: [UInt8], into buffer: inout PostgresEncodingBuffer) {
        buffer.writeBytes(elements)
    }

    /// Reads a `bytea` value.
    public static func decodeArray(from cell: PostgresCell) throws(DatabaseError) -> [UInt8] {
        try cell.requireValue([UInt8].self)
        guard cell.dataType == .bytea else { throw cell.typeMismatch([UInt8].self) }
        return cell.bytes ?? []
    }
}
