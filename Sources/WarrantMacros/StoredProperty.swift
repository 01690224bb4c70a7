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
        try StoredBinding.all(in: members, macro: "@Schema").map { stored in
            let type = try stored.requiredType(macro: "@Schema")
            if let problem = UnsupportedPropertyType.problem(with: type) {
                throw MacroError("'\(stored.name)': \(problem)", at: type)
            }
            let attributes = AttributeReader(stored.variable.attributes)
            let (wrapped, optional) = TypeShape.unwrapOptional(type)
            return StoredProperty(
                name: stored.name,
                key: keys[stored.name.trimmingBackticks] ?? stored.name.trimmingBackticks,
                wrappedType: wrapped,
                isOptional: optional,
                initialValue: stored.binding.initializer?.value.trimmedDescription,
                isConstant: stored.isConstant,
                constraints: try attributes.constraints(),
                example: attributes.argumentText(of: "Example"),
                description: DocComment(of: stored.variable).full,
                isDeprecated: attributes.isDeprecated
            )
        }
    }
}

extension String {
    /// The identifier without surrounding backticks (`` `default` `` → `default`).
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
