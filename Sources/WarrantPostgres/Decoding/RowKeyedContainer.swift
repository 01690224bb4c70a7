/// The keyed container of a ``RowDecoder``: each key is a column name.
struct RowKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: RowDecoder

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        decoder.lookup.names.compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
        decoder.lookup.index(of: key.stringValue) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try decoder.cell(for: key, as: Any?.self).isNull
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try CellValueDecoding.decode(Value.self, from: decoder.cell(for: key, as: Value.self))
    }

    /// A missing column or `NULL` is `nil`, as with JSON's absent keys.
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard contains(key) else { return nil }
        let cell = try decoder.cell(for: key, as: Value.self)
        if cell.isNull { return nil }
        return try CellValueDecoding.decode(Value.self, from: cell)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try direct(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try direct(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try direct(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try direct(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try direct(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try direct(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try direct(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try direct(key) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try directIfPresent(key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try directIfPresent(key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try directIfPresent(key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try directIfPresent(key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try directIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try directIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try directIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try directIfPresent(key) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DatabaseError(.decoding, "nested containers are not supported (key \"\(key.stringValue)\" of \(decoder.rootType))")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CellDecoder(cell: decoder.cell(for: key, as: [Any].self)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        CellDecoder(cell: try decoder.cell(for: key, as: Any.self))
    }

    private func direct<Value: PostgresDecodable>(_ key: Key) throws -> Value {
        try Value(postgresCell: decoder.cell(for: key, as: Value.self))
    }

    private func directIfPresent<Value: PostgresDecodable>(_ key: Key) throws -> Value? {
        guard contains(key) else { return nil }
        return try Value?(postgresCell: decoder.cell(for: key, as: Value.self))
    }
}
