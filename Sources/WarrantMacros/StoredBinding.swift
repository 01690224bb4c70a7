import SwiftSyntax

/// One stored property of a struct as declared: the walk `@Schema` and `@Row` share, each applying its own
/// rules on top.
struct StoredBinding {
    /// The declaration it is part of (`var a, b: Int` declares two bindings).
    var variable: VariableDeclSyntax
    /// The binding itself.
    var binding: PatternBindingSyntax
    /// The Swift name, as written (backticks kept).
    var name: String
    /// The declared type, or the one a literal initial value implies; `nil` when neither says.
    var type: TypeSyntax?

    /// Whether it is a `let`.
    var isLet: Bool { variable.bindingSpecifier.tokenKind == .keyword(.let) }

    /// Whether it is a `let` with an initial value: encoded, never decoded (`Decodable` skips it).
    var isConstant: Bool { isLet && binding.initializer != nil }

    /// The stored properties in declaration order: static, class, lazy and computed ones are skipped; a
    /// pattern other than a name (`var (a, b)`) is refused in `macro`'s name.
    static func all(in members: MemberBlockSyntax, macro: String) throws -> [StoredBinding] {
        var result: [StoredBinding] = []
        for member in members.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self) else { continue }
            let modifiers = variable.modifiers.map(\.name.text)
            if modifiers.contains("static") || modifiers.contains("class") || modifiers.contains("lazy") { continue }
            var pendingType: TypeSyntax?
            var declared: [StoredBinding] = []
            // `var a, b: Int`: the type is written once, after the last name.
            for binding in variable.bindings.reversed() {
                if let type = binding.typeAnnotation?.type { pendingType = type }
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw MacroError("\(macro) reads simple stored properties only", at: binding.pattern)
                }
                if let accessors = binding.accessorBlock, isComputed(accessors) { continue }
                declared.append(StoredBinding(
                    variable: variable, binding: binding, name: identifier.identifier.trimmedDescription,
                    type: pendingType ?? binding.initializer.flatMap { TypeShape.literalType(of: $0.value) }))
            }
            result += declared.reversed()
        }
        return result
    }

    /// The type, or the refusal `macro` gives when none is written.
    func requiredType(macro: String) throws -> TypeSyntax {
        guard let type else { throw MacroError("\(macro) needs an explicit type on '\(name)'", at: binding) }
        return type
    }

    /// Whether the accessor block makes the property computed (a `get` or a read/modify coroutine), not observed.
    private static func isComputed(_ accessors: AccessorBlockSyntax) -> Bool {
        switch accessors.accessors {
        case .getter: return true
        case .accessors(let list):
            return list.contains { ["get", "set", "_read", "_modify", "read", "modify"].contains($0.accessorSpecifier.text) }
        }
    }
}
