/// Swift's reserved words: a resource or field name that is one of them cannot become an identifier.
public enum SwiftKeywords {
    /// The keywords reserved everywhere: in declarations, statements, expressions and types.
    public static let reserved: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "as", "await", "false", "is", "nil", "self", "super", "throws", "true", "try", "_",
    ]

    /// Names that cannot be declared as types: `X.Type` and `X.Protocol` are metatypes, `Self` and `Any`
    /// are the language's own.
    public static let reservedTypeNames: Set<String> = ["Any", "Self", "Type", "Protocol"]

    /// Whether `identifier` (a property or parameter name) is a reserved keyword.
    public static func isReserved(_ identifier: String) -> Bool {
        reserved.contains(identifier)
    }

    /// Whether `typeName` cannot name a type.
    public static func isReservedTypeName(_ typeName: String) -> Bool {
        reservedTypeNames.contains(typeName)
    }
}
