/// A schema published once under `components/schemas` and referred to by `$ref`.
public protocol NamedSchema: SchemaValue {
    /// The component's name; by default the Swift type's name (`Page<Todo>` becomes `Page_Todo`).
    static var schemaName: String { get }
    /// The component's full schema (written by `@Schema`).
    static func componentSchema(in components: inout SchemaComponents) -> JSONSchema
}

extension NamedSchema {
    /// The Swift type's name, made safe for a component key.
    public static var schemaName: String { SchemaNaming.componentName(for: Self.self) }

    /// A `$ref` to the component, which is registered on first use.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        components.reference(to: Self.self)
    }
}

/// How Swift type names become component names.
enum SchemaNaming {
    /// `Page<Todo>` → `Page_Todo`; components allow letters, digits, `.`, `-` and `_` only.
    static func componentName(for type: Any.Type) -> String {
        var name = ""
        var pendingSeparator = false
        for character in String(describing: type) {
            if character.isLetter || character.isNumber {
                if pendingSeparator && !name.isEmpty { name.append("_") }
                pendingSeparator = false
                name.append(character)
            } else {
                pendingSeparator = true
            }
        }
        return name
    }
}
