/// Parses PostgreSQL's binary array format: `ndim`, a has-null flag, the element type,
/// then `ndim` pairs of (size, lower bound), then each element as a 32-bit length
/// (`-1` for `NULL`) followed by its bytes.
enum BinaryArrayReader {
    /// Array types whose elements the driver can read; any other column type is a mismatch.
    static let arrayTypes: Set<UInt32> = [
        1000, 1001, 1003, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022,
        1115, 1182, 1185, 1231, 199, 2951, 3807,
    ]

    /// Decodes every element with `decode`; `arrayType` names the requested type in errors.
    static func elements<Element, Requested>(
        of cell: PostgresCell,
        as arrayType: Requested.Type,
        decode: (PostgresCell) throws(DatabaseError) -> Element
    ) throws(DatabaseError) -> [Element] {
        try cell.requireValue(arrayType)
        guard arrayTypes.contains(cell.dataType.rawValue) else { throw cell.typeMismatch(arrayType) }
        guard let pointer = cell.pointer,
            let dimensions = cell.readInteger(Int32.self, at: 0),
            let elementType = cell.readInteger(UInt32.self, at: 8)
        else { throw cell.invalidValue(arrayType, reason: "truncated array header") }
        if dimensions == 0 { return [] }
        guard dimensions == 1 else {
            throw cell.invalidValue(arrayType, reason: "multi-dimensional arrays are not supported")
        }
        guard let count = cell.readInteger(Int32.self, at: 12), count >= 0,
            Int(count) <= (cell.length - 20) / 4
        else { throw cell.invalidValue(arrayType, reason: "malformed array dimensions") }

        var elements: [Element] = []
        elements.reserveCapacity(Int(count))
        var offset = 20
        for index in 0..<Int(count) {
            guard let length = cell.readInteger(Int32.self, at: offset) else {
                throw cell.invalidValue(arrayType, reason: "truncated array")
            }
            offset += 4
            let element: PostgresCell
            if length < 0 {
                element = PostgresCell(
                    storage: cell.storage, pointer: nil, length: 0,
                    dataType: PostgresDataType(rawValue: elementType), column: cell.column, elementIndex: index)
            } else {
                guard offset + Int(length) <= cell.length else {
                    throw cell.invalidValue(arrayType, reason: "truncated array")
                }
                element = PostgresCell(
                    storage: cell.storage, pointer: pointer + offset, length: Int(length),
                    dataType: PostgresDataType(rawValue: elementType), column: cell.column, elementIndex: index)
                offset += Int(length)
            }
            elements.append(try decode(element))
        }
        return elements
    }
}
