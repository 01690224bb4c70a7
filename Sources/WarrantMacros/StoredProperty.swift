import SwiftSyntax

/// A stored property of a `@Schema` struct, with what its attributes and doc comment say about it.
struct StoredProperty {
    /// The Swift name.
    var name: String
    /// The JSON key (the `CodingKeys` raw value when one is declared, else the name).
    var key: String
    /// The declared type as written, without a trailing `?`.
    var wrappedType: String
    /// Whether the declared type is optional (absent or `null` decode to `nil`).
    var isOptional: Bool
    /// The initial value expression, if any.
    var initialValue: String?
    /// `let` with an initial value: encoded and documented, never decoded.
    var isConstant: Bool
    /// Constraint expressions (`.length(1...200)`) from `@Length`, `@Range`, `@Pattern`, `@Items`.
    var constraints: [String]
    /// The `@Example` expression.
    var example: String?
    /// The doc comment text.
    var description: String?
    /// Whether `@available(*, deprecated)` marks it.
    var isDeprecated: Bool

    /// Reads the stored properties of a struct; computed, static and lazy properties are skipped.
    static func all(in members: MemberBlockSyntax, keys: [String: String]) throws -> [StoredProperty] {
        var result: [StoredProperty] = []
        for member in members.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self) else { continue }
            let modifiers = variable.modifiers.map(\.name.text)
            if modifiers.contains("static") || modifiers.contains("class") || modifiers.contains("lazy") { continue }
            let doc = DocComment(of: variable)
            let attributes = AttributeReader(variable.attributes)
            var pendingType: TypeSyntax?
            var declared: [StoredProperty] = []
            for binding in variable.bindings.reversed() {
                if let type = binding.typeAnnotation?.type { pendingType = type }
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw MacroError("@Schema reads simple stored properties only", at: binding.pattern)
                }
                if let accessors = binding.accessorBlock, Self.isComputed(accessors) { continue }
                guard let type = pendingType ?? binding.initializer.flatMap({ TypeShape.literalType(of: $0.value) }) else {
                    throw MacroError("@Schema needs an explicit type on '\(identifier.identifier.text)'", at: binding)
                }
                let name = identifier.identifier.trimmedDescription
                if let problem = UnsupportedPropertyType.problem(with: type) {
                    throw MacroError("'\(name)': \(problem)", at: type)
                }
                let (wrapped, optional) = TypeShape.unwrapOptional(type)
                let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
                declared.append(StoredProperty(
                    name: name,
                    key: keys[name.trimmingBackticks] ?? name.trimmingBackticks,
                    wrappedType: wrapped,
                    isOptional: optional,
                    initialValue: binding.initializer?.value.trimmedDescription,
                    isConstant: isLet && binding.initializer != nil,
                    constraints: try attributes.constraints(),
                    example: attributes.argumentText(of: "Example"),
                    description: doc.full,
                    isDeprecated: attributes.isDeprecated
                ))
            }
            result += declared.reversed()
        }
        return result
    }

    /// Whether the accessor block makes the property computed (a `get` or a read/modify coroutine), not observed.
    static func isComputed(_ accessors: AccessorBlockSyntax) -> Bool {
        switch accessors.accessors {
        case .getter: return true
        case .accessors(let list):
            return list.contains { ["get", "set", "_read", "_modify", "read", "modify"].contains($0.accessorSpecifier.text) }
        }
    }
}

extension String {
    /// The identifier without surrounding backticks (`` `default` `` → `default`).
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
