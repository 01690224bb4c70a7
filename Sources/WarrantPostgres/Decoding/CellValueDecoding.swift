import Foundation

/// Decodes one cell as any `Decodable` type.
///
/// Types that conform to ``PostgresDecodable`` are read directly. `json` and `jsonb`
/// columns decode other types with `JSONDecoder`. Anything else (a `RawRepresentable`
/// enum, a wrapper struct) decodes itself through a ``CellDecoder``.
enum CellValueDecoding {
    static func decode<Value: Decodable>(_ type: Value.Type, from cell: PostgresCell) throws -> Value {
        if let direct = Value.self as? any PostgresDecodable.Type {
            return try decodeDirect(direct, from: cell, as: Value.self)
        }
        if cell.dataType == .json || cell.dataType == .jsonb {
            return try decodeJSON(Value.self, from: cell)
        }
        return try Value(from: CellDecoder(cell: cell))
    }

    private static func decodeDirect<Direct: PostgresDecodable, Value>(
        _ direct: Direct.Type, from cell: PostgresCell, as: Value.Type
    ) throws -> Value {
        let value = try Direct(postgresCell: cell)
        guard let typed = value as? Value else { throw cell.typeMismatch(Value.self) }
        return typed
    }

    private static func decodeJSON<Value: Decodable>(_ type: Value.Type, from cell: PostgresCell) throws -> Value {
        let text = try String(postgresCell: cell)
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw cell.invalidValue(Value.self, reason: "invalid JSON for this type")
        }
    }
}
