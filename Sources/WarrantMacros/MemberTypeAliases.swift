import SwiftSyntax
import SwiftSyntaxMacros

/// Aliases, declared inside a `@Schema` type, for the types its generated extension names.
///
/// The extension a macro writes sits at file scope, where a type nested beside the `@Schema` type (`Kind`
/// in `enum Billing { @Schema struct Line { var kind: Kind }; @Schema enum Kind … }`) does not resolve; inside
/// the type it does. So the member role of `@Schema` declares `_WarrantType0 = Kind` in the type's body, and
/// the extension says `_WarrantType0`. A typealias, unlike an initializer, leaves the memberwise
/// initializer in place.
enum MemberTypeAliases {
    /// The alias of the `index`th named type.
    static func name(_ index: Int) -> String { "_WarrantType\(index)" }

    /// The types the extension names, in order: each stored property's (unwrapped) type for a struct, each
    /// case's payload for a union. Empty when the declaration has a mistake, which the extension reports.
    static func types(in declaration: some DeclGroupSyntax) -> [String] {
        if let structDecl = declaration.as(StructDeclSyntax.self) {
            let members = structDecl.memberBlock
            return (try? StoredProperty.all(in: members, keys: CodingKeysReader.keys(in: members)))?.map(\.wrappedType) ?? []
        }
        if let enumDecl = declaration.as(EnumDeclSyntax.self), UnionSchemaExpansion.applies(to: enumDecl) {
            return (try? UnionSchemaExpansion(enumDecl, type: "", tag: "type", missing: []))?.cases.compactMap(\.payload) ?? []
        }
        return []
    }
}

extension SchemaMacro: MemberMacro {
    /// Declares ``MemberTypeAliases`` in the type's body.
    public static func expansion(
        of node: AttributeSyntax,
        providingMembersOf declaration: some DeclGroupSyntax,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        let access = AccessLevel.prefix(for: declaration.modifiers)
        return MemberTypeAliases.types(in: declaration).enumerated().map { index, type in
            """
            /// A type the `@Schema` conformance names, declared where the type's neighbours are in scope.
            \(raw: access)typealias \(raw: MemberTypeAliases.name(index)) = \(raw: type)
            """
        }
    }
}
