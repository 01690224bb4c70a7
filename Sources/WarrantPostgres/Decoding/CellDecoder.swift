/// A `Decoder` over a single cell, for `Decodable` types that are not
/// ``PostgresDecodable`` themselves: `RawRepresentable` enums and wrappers decode through
/// its single-value container, and arrays of them through its unkeyed container.
struct CellDecoder: Decoder {
    let cell: PostgresCell

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DatabaseError(
            .decoding,
            "\(cell.location) of type \(cell.dataType) cannot be decoded as a keyed value; use a json or jsonb column",
            sql: cell.storage.sql)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let elements = try BinaryArrayReader.elements(of: cell, as: [Any].self) { (element) throws(DatabaseError) in element }
        return CellSequenceContainer(cells: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CellValueContainer(cell: cell)
    }
}
