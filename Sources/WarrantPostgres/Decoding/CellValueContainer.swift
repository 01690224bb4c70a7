/// Reads one cell as a single value.
struct CellValueContainer: SingleValueDecodingContainer {
    let cell: PostgresCell

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { cell.isNull }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try CellValueDecoding.decode(Value.self, from: cell)
    }
}
