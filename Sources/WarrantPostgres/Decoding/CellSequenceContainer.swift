/// Reads a sequence of cells in order: the columns of a row, or the elements of an array.
struct CellSequenceContainer: UnkeyedDecodingContainer {
    let cells: [PostgresCell]
    private(set) var currentIndex = 0

    init(cells: [PostgresCell]) {
        self.cells = cells
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { cells.count }
    var isAtEnd: Bool { currentIndex >= cells.count }

    mutating func decodeNil() throws -> Bool {
        let cell = try next(Any?.self)
        if cell.isNull {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let value = try CellValueDecoding.decode(Value.self, from: next(Value.self))
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try CellDecoder(cell: next(Any.self)).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try CellDecoder(cell: next([Any].self)).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = CellDecoder(cell: try next(Any.self))
        currentIndex += 1
        return decoder
    }

    private func next<Requested>(_ type: Requested.Type) throws -> PostgresCell {
        guard currentIndex < cells.count else {
            throw DatabaseError(.decoding, "no value left for \(Requested.self) after \(cells.count) values")
        }
        return cells[currentIndex]
    }
}
