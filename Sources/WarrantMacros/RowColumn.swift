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
        var result: [RowColumn] = []
        for member in members.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self) else { continue }
            let modifiers = variable.modifiers.map(\.name.text)
            if modifiers.contains("static") || modifiers.contains("class") || modifiers.contains("lazy") { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            var pendingType: TypeSyntax?
            var declared: [RowColumn] = []
            // `var a, b: Int`: the type is written once, after the last name.
            for binding in variable.bindings.reversed() {
                if let type = binding.typeAnnotation?.type { pendingType = type }
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw MacroError("@Row reads simple stored properties only", at: binding.pattern)
                }
                if let accessors = binding.accessorBlock, StoredProperty.isComputed(accessors) { continue }
                let name = identifier.identifier.trimmedDescription
                if isLet && binding.initializer != nil { continue }
                let key: String
                if let declaredKeys {
                    guard let declaredKey = declaredKeys[name.trimmingBackticks] else { continue }
                    key = declaredKey
                } else {
                    key = name.trimmingBackticks
                }
                guard let type = pendingType ?? binding.initializer.flatMap({ TypeShape.literalType(of: $0.value) }) else {
                    throw MacroError("@Row needs an explicit type on '\(name)'", at: binding)
                }
                declared.append(RowColumn(name: name, key: key, isOptional: TypeShape.unwrapOptional(type).1))
            }
            result += declared.reversed()
        }
        return result
    }
}
