import SwiftSyntax

/// A stored property of a `@Row` struct: the column it reads, and whether it may be absent.
struct RowColumn {
    /// The Swift name, as written (backticks kept).
    var name: String
    /// The column name: the `CodingKeys` raw value when one is declared, else the name.
    var key: String
    /// Whether the declared type is optional (an absent or `NULL` column reads `nil`).
    var isOptional: Bool

    /// The properties `Decodable` would decode: stored, not static, not a `let` with an initial value, and
    /// named by `CodingKeys` when the struct declares it.
    static func all(in members: MemberBlockSyntax) throws -> [RowColumn] {
        let declaredKeys = CodingKeysReader.declaredKeys(in: members)
        return try StoredBinding.all(in: members, macro: "@Row").compactMap { stored in
            if stored.isConstant { return nil }
            let key: String
            if let declaredKeys {
                guard let declaredKey = declaredKeys[stored.name.trimmingBackticks] else { return nil }
                key = declaredKey
            } else {
                key = stored.name.trimmingBackticks
            }
            let type = try stored.requiredType(macro: "@Row")
            return RowColumn(name: stored.name, key: key, isOptional: TypeShape.unwrapOptional(type).1)
        }
    }
}
