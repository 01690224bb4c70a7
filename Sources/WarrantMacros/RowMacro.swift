import SwiftSyntax
import SwiftSyntaxMacros

/// `@Row`: makes a struct read itself from PostgreSQL result rows by position.
///
/// It writes `PostgresRowDecodable`: a `PostgresColumns` struct of column positions, found once per
/// result by the names `Decodable` would match, and an initializer that reads each property with one
/// direct call. What `Decodable` did per row (a keyed container, a name lookup per cell, generic
/// metadata for the coding keys) is gone.
public struct RowMacro: ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        do {
            guard let structDecl = declaration.as(StructDeclSyntax.self) else {
                throw MacroError("@Row applies to structs: a row is a set of named columns", at: node)
            }
            if let generics = structDecl.genericParameterClause {
                throw MacroError(
                    "@Row does not read generic structs: write the PostgresRowDecodable conformance by hand, as Revised does",
                    at: generics)
            }
            if let modifier = structDecl.modifiers.first(where: { $0.name.text == "private" }) {
                throw MacroError(
                    "@Row writes an extension at file scope, which cannot see a private type: make '\(structDecl.name.text)' fileprivate",
                    at: modifier)
            }
            if let custom = customDecoder(in: structDecl.memberBlock) {
                throw MacroError(
                    "'\(structDecl.name.text)' decodes itself with init(from:), which @Row would bypass: remove @Row, or the custom init(from:)",
                    at: custom)
            }
            let columns = try RowColumn.all(in: structDecl.memberBlock)
            return [try extensionDecl(type: type.trimmedDescription, access: AccessLevel.prefix(for: structDecl.modifiers), columns: columns)]
        } catch let error as MacroError {
            context.diagnose(error.diagnostic)
            return []
        }
    }

    /// A hand-written `init(from:)`, whose checks or defaults generated code must not skip.
    private static func customDecoder(in members: MemberBlockSyntax) -> InitializerDeclSyntax? {
        for member in members.members {
            guard let initializer = member.decl.as(InitializerDeclSyntax.self) else { continue }
            let parameters = initializer.signature.parameterClause.parameters
            if parameters.count == 1, parameters.first?.firstName.text == "from" { return initializer }
        }
        return nil
    }

    private static func extensionDecl(type: String, access: String, columns: [RowColumn]) throws -> ExtensionDeclSyntax {
        let positions = columns.map { "    let \($0.name): Int\($0.isOptional ? "?" : "")" }.joined(separator: "\n")
        let lookups = columns.map { column in
            "        \(column.name): try columns.\(column.isOptional ? "optional" : "required")(\(SwiftLiteral.string(column.key)), of: Self.self)"
        }.joined(separator: ",\n")
        // Types are inferred from the properties, not written: the extension is at file scope, where a
        // nested type's name (a sibling of the struct) would not resolve.
        let reads = columns.map { column in
            "    self.\(column.name) = try row.\(column.isOptional ? "decodeIfPresent" : "decode")(column: columns.\(column.name))"
        }.joined(separator: "\n")
        return try ExtensionDeclSyntax(
            """
            extension \(raw: type): WarrantPostgres.PostgresRowDecodable {
            /// Where `\(raw: type)`'s columns are in one result.
            \(raw: access)struct PostgresColumns {
            \(raw: positions)
            }

            /// Finds `\(raw: type)`'s columns in a result, once, before its rows are read.
            \(raw: access)static func postgresColumns(in columns: WarrantPostgres.PostgresColumnSet) throws(WarrantPostgres.DatabaseError) -> PostgresColumns {
                PostgresColumns(
            \(raw: lookups)
                )
            }

            /// Reads one row at the positions `postgresColumns(in:)` found.
            \(raw: access)init(postgresRow row: WarrantPostgres.PostgresRow, columns: PostgresColumns) throws(WarrantPostgres.DatabaseError) {
            \(raw: reads)
            }
            }
            """
        )
    }
}
