import SwiftSyntax

/// The conformance `@Schema` writes for an enum with `String` or integer raw values (an enum whose cases
/// carry values is a union: `UnionSchemaExpansion`).
///
/// The runtime does the rest from `RawRepresentable`; the macro supplies the cases in order and their docs.
struct EnumSchemaExpansion {
    let decl: EnumDeclSyntax
    let type: String
    let missing: [String]

    init(_ decl: EnumDeclSyntax, type: String, missing: [String]) throws {
        self.decl = decl
        self.missing = missing
        self.type = type
        let inherited = decl.inheritanceClause?.inheritedTypes.map { $0.type.trimmedDescription } ?? []
        // The raw types that are both schema and parameter values; another integer type would fail later,
        // with a message about conformances instead of this one.
        let rawTypes = ["String", "Int", "Int32", "Int64"]
        guard inherited.contains(where: rawTypes.contains) else {
            throw MacroError("@Schema enums need String or integer raw values (String, Int, Int32 or Int64), e.g. 'enum \(decl.name.text): String'", at: decl.name)
        }
    }

    private var conformances: String {
        SchemaConformances.list(
            ["SchemaDescribable", "JSONDecodableValue", "JSONEncodableValue", "ConstrainedValue", "SchemaValue",
             "NamedSchema", "ParameterValue", "SchemaEnum"],
            missing: missing
        )
    }

    func extensionDecl() throws -> ExtensionDeclSyntax {
        let access = AccessLevel.prefix(for: decl.modifiers)
        var names: [String] = []
        var docs: [String] = []
        for member in decl.memberBlock.members {
            guard let caseDecl = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
            let doc = DocComment(of: caseDecl)
            for element in caseDecl.elements {
                names.append("." + element.name.text)
                docs.append(SwiftLiteral.optionalString(doc.full))
            }
        }
        let description = SwiftLiteral.optionalString(DocComment(of: decl).full)
        return try ExtensionDeclSyntax(
            """
            extension \(raw: type): \(raw: conformances) {
                \(raw: access)static var schemaCases: [Self] { [\(raw: names.joined(separator: ", "))] }
                \(raw: access)static var schemaCaseDescriptions: [String?] { [\(raw: docs.joined(separator: ", "))] }
                \(raw: access)static var schemaDescription: String? { \(raw: description) }
            }
            """
        )
    }
}
