import SwiftSyntax

/// The conformance `@Schema` writes for an enum whose cases carry a `@Schema` struct or nothing: a tagged
/// union (`Warrant.SchemaUnion`).
struct UnionSchemaExpansion {
    /// One case as declared.
    struct Case {
        let name: String
        let payload: String?
        let description: String?
    }

    let decl: EnumDeclSyntax
    let type: String
    let tag: String
    let missing: [String]
    let cases: [Case]

    /// Whether `decl` is a union: some case has associated values.
    static func applies(to decl: EnumDeclSyntax) -> Bool {
        decl.memberBlock.members.contains { member in
            member.decl.as(EnumCaseDeclSyntax.self)?.elements.contains { $0.parameterClause != nil } ?? false
        }
    }

    init(_ decl: EnumDeclSyntax, type: String, tag: String, missing: [String]) throws {
        self.decl = decl
        self.type = type
        self.tag = tag
        self.missing = missing
        if let inherited = decl.inheritanceClause?.inheritedTypes.first(where: { ["String", "Int", "Int32", "Int64"].contains($0.type.trimmedDescription) }) {
            throw MacroError("a @Schema enum with associated values is a tagged union and has no raw values: remove '\(inherited.type.trimmedDescription)'", at: inherited)
        }
        var cases: [Case] = []
        for member in decl.memberBlock.members {
            guard let caseDecl = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
            let doc = DocComment(of: caseDecl)
            for element in caseDecl.elements {
                var payload: String?
                if let clause = element.parameterClause {
                    guard clause.parameters.count == 1, let parameter = clause.parameters.first, parameter.firstName == nil else {
                        throw MacroError(
                            "a @Schema union's case carries one @Schema struct, unlabeled, whose members sit beside the tag: 'case \(element.name.text)(SomeStruct)'",
                            at: clause
                        )
                    }
                    payload = parameter.type.trimmedDescription
                }
                cases.append(Case(name: element.name.text.trimmingBackticks, payload: payload, description: doc.full))
            }
        }
        self.cases = cases
    }

    private var conformances: String {
        SchemaConformances.list(
            ["SchemaDescribable", "JSONDecodableValue", "JSONEncodableValue", "ConstrainedValue", "SchemaValue",
             "NamedSchema", "RequestBodyValue", "ResponseRepresentable", "SchemaUnion"],
            missing: missing
        )
    }

    func extensionDecl() throws -> ExtensionDeclSyntax {
        let access = AccessLevel.prefix(for: decl.modifiers)
        let tagLiteral = SwiftLiteral.string(tag)
        // Payload types by their aliases (MemberTypeAliases), numbered in the order of the cases that carry one.
        var payloadIndex = 0
        let entries = cases.map { unionCase in
            let name = SwiftLiteral.string(unionCase.name)
            let description = SwiftLiteral.optionalString(unionCase.description)
            if unionCase.payload != nil {
                defer { payloadIndex += 1 }
                return "Warrant.UnionCase(\(name), description: \(description), payload: \(MemberTypeAliases.name(payloadIndex)).self) { .\(unionCase.name)($0) }"
            }
            return "Warrant.UnionCase(\(name), description: \(description)) { .\(unionCase.name) }"
        }
        let encodings = cases.map { unionCase in
            let name = SwiftLiteral.string(unionCase.name)
            if unionCase.payload != nil {
                return "case .\(unionCase.name)(let payload): Warrant.UnionEncoding.write(tag: \(tagLiteral), \(name), payload, to: &writer)"
            }
            return "case .\(unionCase.name): Warrant.UnionEncoding.write(tag: \(tagLiteral), \(name), to: &writer)"
        }
        let description = SwiftLiteral.optionalString(DocComment(of: decl).full)
        return try ExtensionDeclSyntax(
            """
            extension \(raw: type): \(raw: conformances) {
                \(raw: access)static var unionTag: String { \(raw: tagLiteral) }
                \(raw: access)static var unionCases: [Warrant.UnionCase<Self>] {
                    [
                        \(raw: entries.joined(separator: ",\n"))
                    ]
                }
                \(raw: access)static var schemaDescription: String? { \(raw: description) }
                \(raw: access)func encode(to writer: inout Warrant.JSONWriter) {
                    switch self {
                    \(raw: encodings.joined(separator: "\n"))
                    }
                }
            }
            """
        )
    }
}
