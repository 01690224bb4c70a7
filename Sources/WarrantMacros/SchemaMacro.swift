import SwiftSyntax
import SwiftSyntaxMacros

/// `@Schema`: makes a struct or an enum a documented, validated JSON type.
///
/// From one declaration it writes the JSON Schema component (descriptions from doc comments, constraints
/// from `@Length`/`@Range`/`@Pattern`/`@Items`, examples from `@Example`), a decoder that reports every
/// violation with its JSON Pointer, and an encoder that writes straight into the response buffer.
public struct SchemaMacro: ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        let missing = protocols.map { $0.trimmedDescription.split(separator: ".").last.map(String.init) ?? "" }
        do {
            let tag = try unionTag(of: node)
            let union = declaration.as(EnumDeclSyntax.self).flatMap { UnionSchemaExpansion.applies(to: $0) ? $0 : nil }
            if tag != nil, union == nil {
                throw MacroError("@Schema(tag:) names the tag member of a union: an enum whose cases carry @Schema structs", at: node)
            }
            if let structDecl = declaration.as(StructDeclSyntax.self) {
                return [try StructSchemaExpansion(structDecl, type: type.trimmedDescription, missing: missing).extensionDecl()]
            }
            if let union {
                return [try UnionSchemaExpansion(union, type: type.trimmedDescription, tag: tag ?? "type", missing: missing).extensionDecl()]
            }
            if let enumDecl = declaration.as(EnumDeclSyntax.self) {
                return [try EnumSchemaExpansion(enumDecl, type: type.trimmedDescription, missing: missing).extensionDecl()]
            }
            throw MacroError("@Schema applies to structs and enums", at: node)
        } catch let error as MacroError {
            context.diagnose(error.diagnostic)
            return []
        }
    }
}

extension SchemaMacro {
    /// The `tag:` argument of `@Schema(tag: "kind")`, if given.
    static func unionTag(of node: AttributeSyntax) throws -> String? {
        guard case .argumentList(let arguments)? = node.arguments, let argument = arguments.first(where: { $0.label?.text == "tag" }) else {
            return nil
        }
        guard let literal = argument.expression.as(StringLiteralExprSyntax.self), let tag = literal.representedLiteralValue,
              !tag.isEmpty
        else {
            throw MacroError("@Schema(tag:) takes the tag member's name as a string literal, e.g. @Schema(tag: \"kind\")", at: argument)
        }
        return tag
    }
}

/// The access modifier generated members need to satisfy a protocol for a type with these modifiers.
enum AccessLevel {
    static func prefix(for modifiers: DeclModifierListSyntax) -> String {
        for modifier in modifiers {
            switch modifier.name.text {
            case "public", "open": return "public "
            case "package": return "package "
            default: continue
            }
        }
        return ""
    }
}

/// The protocols a `@Schema` extension states.
enum SchemaConformances {
    /// Every protocol of the chain that the type does not conform to yet (all of them when the compiler
    /// does not say, as in macro tests). Swift wants a conditional (generic) conformance to spell out each
    /// inherited protocol, so they are always listed one by one.
    static func list(_ chain: [String], missing: [String]) -> String {
        let chosen = missing.isEmpty ? chain : chain.filter(missing.contains)
        return (chosen.isEmpty ? [chain[chain.count - 1]] : chosen).map { "Warrant.\($0)" }.joined(separator: ", ")
    }
}
