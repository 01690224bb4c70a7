import CLibPQ

/// One value of a result: a column of a row, or an element of an array value.
///
/// ``PostgresDecodable`` conformances read it. The bytes are PostgreSQL's binary format
/// for ``dataType`` and stay valid while the cell exists.
public struct PostgresCell {
    let storage: ResultStorage
    let pointer: UnsafeRawPointer?
    let length: Int
    /// The PostgreSQL type of the value.
    public let dataType: PostgresDataType
    let column: Int
    let elementIndex: Int?

    init(
        storage: ResultStorage,
        pointer: UnsafeRawPointer?,
        length: Int,
        dataType: PostgresDataType,
        column: Int,
        elementIndex: Int? = nil
    ) {
        self.storage = storage
        self.pointer = pointer
        self.length = length
        self.dataType = dataType
        self.column = column
        self.elementIndex = elementIndex
    }

    init(storage: ResultStorage, row: Int, column: Int) {
        let result = storage.result
        let isNull = PQgetisnull(result, Int32(row), Int32(column)) != 0
        self.init(
            storage: storage,
            pointer: isNull ? nil : UnsafeRawPointer(PQgetvalue(result, Int32(row), Int32(column))),
            length: isNull ? 0 : Int(PQgetlength(result, Int32(row), Int32(column))),
            dataType: storage.columnType(column),
            column: column
        )
    }

    /// Whether the value is SQL `NULL`.
    public var isNull: Bool { pointer == nil }

    /// The name of the column the value came from.
    public var columnName: String { storage.columnName(column) }

    /// A copy of the value's bytes, or `nil` for `NULL`.
    public var bytes: [UInt8]? {
        withUnsafeBytes { Array($0) }
    }

    /// Calls `body` with the value's bytes (not copied); returns `nil` for `NULL`.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result? {
        guard let pointer else { return nil }
        return try body(UnsafeRawBufferPointer(start: pointer, count: length))
    }

    /// Where the value is, for error messages: `column "name"` or `element 3 of column "name"`.
    var location: String {
        if let elementIndex {
            return "element \(elementIndex + 1) of column \"\(columnName)\""
        }
        return "column \"\(columnName)\""
    }

    /// The error for a value whose PostgreSQL type cannot become `type`.
    public func typeMismatch<Value>(_ type: Value.Type) -> DatabaseError {
        DatabaseError(.decoding, "\(location) of type \(dataType) cannot be decoded as \(Value.self)", sql: storage.sql)
    }

    /// The error for a value whose bytes are not what its type promises, or out of range.
    public func invalidValue<Value>(_ type: Value.Type, reason: String) -> DatabaseError {
        DatabaseError(.decoding, "\(location) of type \(dataType) cannot be decoded as \(Value.self): \(reason)", sql: storage.sql)
    }

    /// The error for `NULL` where a non-optional value was asked for.
    public func unexpectedNull<Value>(_ type: Value.Type) -> DatabaseError {
        DatabaseError(.decoding, "\(location) is NULL but \(Value.self) is not optional", sql: storage.sql)
    }

    /// Reads a big-endian integer at `offset`, checking the length; used by the built-in decoders.
    func readInteger<Integer: FixedWidthInteger>(_: Integer.Type, at offset: Int = 0) -> Integer? {
        guard let pointer, offset >= 0, offset + MemoryLayout<Integer>.size <= length else { return nil }
        return Integer(bigEndian: pointer.loadUnaligned(fromByteOffset: offset, as: Integer.self))
    }
}
