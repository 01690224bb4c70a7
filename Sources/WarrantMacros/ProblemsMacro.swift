import SwiftSyntax
import SwiftSyntaxMacros

/// `@Problems`: makes an error enum a set of documented RFC 9457 problems.
///
/// Each case carries `@Status(404)` (or `@Status(.notFound)`); its doc comment's summary becomes the
/// problem's title and the rest its detail. Routes whose handlers `throws(ThisError)` document every case.
public struct ProblemsMacro: ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard let enumDecl = declaration.as(EnumDeclSyntax.self) else {
            context.diagnose(MacroError("@Problems applies to error enums", at: node).diagnostic)
            return []
        }
        var entries: [String] = []
        var switchCases: [String] = []
        for member in enumDecl.memberBlock.members {
            guard let caseDecl = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
            let reader = AttributeReader(caseDecl.attributes)
            guard let status = reader.argumentText(of: "Status") else {
                context.diagnose(MacroError("each case of a @Problems enum needs @Status(…), e.g. @Status(404)", at: caseDecl).diagnostic)
                return []
            }
            let doc = DocComment(of: caseDecl)
            for element in caseDecl.elements {
                let name = element.name.text
                let title = SwiftLiteral.string(doc.summary ?? name)
                let detail = SwiftLiteral.optionalString(doc.discussion)
                entries.append("Warrant.ProblemCase(status: \(status), title: \(title), detail: \(detail), name: \(SwiftLiteral.string(name)))")
                let arity = element.parameterClause?.parameters.count ?? 0
                let pattern = arity == 0 ? ".\(name)" : ".\(name)(" + Array(repeating: "_", count: arity).joined(separator: ", ") + ")"
                switchCases.append("case \(pattern): Self.documentedProblems[\(entries.count - 1)]")
            }
        }
        let access = AccessLevel.prefix(for: enumDecl.modifiers)
        return [
            try ExtensionDeclSyntax(
                """
                extension \(raw: type.trimmedDescription): Warrant.DocumentedProblems {
                    \(raw: access)static var documentedProblems: [Warrant.ProblemCase] {
                        [\(raw: entries.joined(separator: ",\n"))]
                    }
                    \(raw: access)var problemCase: Warrant.ProblemCase {
                        switch self {
                        \(raw: switchCases.joined(separator: "\n"))
                        }
                    }
                }
                """
            )
        ]
    }
}
