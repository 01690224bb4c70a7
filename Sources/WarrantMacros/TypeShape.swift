import SwiftSyntax

/// Facts about a type as written, the only thing a macro can see.
enum TypeShape {
    /// The type without a trailing `?` (or `Optional<…>`), and whether it had one.
    static func unwrapOptional(_ type: TypeSyntax) -> (String, Bool) {
        if let optional = type.as(OptionalTypeSyntax.self) {
            return (optional.wrappedType.trimmedDescription, true)
        }
        if let identifier = type.as(IdentifierTypeSyntax.self), identifier.name.text == "Optional",
           let argument = identifier.genericArgumentClause?.arguments.first
        {
            return (argument.argument.trimmedDescription, true)
        }
        return (type.trimmedDescription, false)
    }

    /// The type of a literal initial value (`"x"` → `String`), for properties written without a type.
    static func literalType(of expression: ExprSyntax) -> TypeSyntax? {
        if expression.is(StringLiteralExprSyntax.self) { return "String" }
        if expression.is(IntegerLiteralExprSyntax.self) { return "Int" }
        if expression.is(FloatLiteralExprSyntax.self) { return "Double" }
        if expression.is(BooleanLiteralExprSyntax.self) { return "Bool" }
        return nil
    }
}
