import SwiftSyntax

/// Property types that can never be JSON schema values, recognised from how they are written, so the
/// mistake is reported at the property with the fix (any other type is checked by the compiler, through
/// `Warrant.schemaMember`).
enum UnsupportedPropertyType {
    /// Why `type` cannot be a `@Schema` property and what to write instead, or `nil` when it may be one.
    static func problem(with type: TypeSyntax) -> String? {
        if let optional = type.as(OptionalTypeSyntax.self) {
            if optional.wrappedType.is(OptionalTypeSyntax.self) {
                return "a @Schema member is optional once: 'T?' already accepts absent and null"
            }
            return problem(with: optional.wrappedType)
        }
        if type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            return "write an optional member as 'T?', not 'T!'"
        }
        if let tuple = type.as(TupleTypeSyntax.self) {
            guard tuple.elements.count == 1, let only = tuple.elements.first else {
                return "a tuple has no JSON form: declare a @Schema struct with named members instead"
            }
            return problem(with: only.type)
        }
        if type.is(FunctionTypeSyntax.self) {
            return "a function has no JSON form: a @Schema member holds data"
        }
        if type.is(SomeOrAnyTypeSyntax.self) || ["Any", "AnyObject"].contains(type.trimmedDescription) {
            return "'\(type.trimmedDescription)' has no schema: use a concrete type (a @Schema struct, or a @Schema enum for a fixed set of values)"
        }
        if let dictionary = type.as(DictionaryTypeSyntax.self) {
            guard dictionary.key.trimmedDescription == "String" else {
                return "JSON object keys are strings: use [String: \(dictionary.value.trimmedDescription)]"
            }
            return problem(with: dictionary.value)
        }
        if let array = type.as(ArrayTypeSyntax.self) {
            return problem(with: array.element)
        }
        return nil
    }
}
