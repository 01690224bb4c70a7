import SwiftSyntax
import SwiftSyntaxMacros

/// `@Routes(tag:)`: registers every `@GET`/`@POST`/`@PUT`/`@PATCH`/`@DELETE` method of a type as a typed route.
///
/// The access each route requires is its handler's `Request<…>` type; inputs, validation, responses and the
/// OpenAPI operation all come from the handler's signature and doc comment.
public struct RoutesMacro: ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        let tag = tagName(node, declaration: declaration)
        var registrations: [String] = []
        var failed = false
        for member in declaration.memberBlock.members {
            guard let function = member.decl.as(FunctionDeclSyntax.self) else { continue }
            do {
                guard let handler = try HandlerDeclaration(function) else { continue }
                registrations.append(handler.registration(tags: [tag], owner: type.trimmedDescription))
            } catch let error as MacroError {
                context.diagnose(error.diagnostic)
                failed = true
            }
        }
        if failed { return [] }
        let access = AccessLevel.prefix(for: declaration.modifiers)
        let tagDescription = SwiftLiteral.optionalString(DocComment(of: declaration).full)
        let body = (["routes.describeTag(\(SwiftLiteral.string(tag)), description: \(tagDescription))"] + registrations)
            .joined(separator: "\n")
        return [
            try ExtensionDeclSyntax(
                """
                extension \(raw: type.trimmedDescription): Warrant.RouteGroup {
                    \(raw: access)func register(in routes: inout Warrant.RouteTable) {
                        \(raw: body)
                    }
                }
                """
            )
        ]
    }

    /// `@Routes(tag: "todos")`, or the type's name without a `Routes` suffix, lowercased.
    private static func tagName(_ node: AttributeSyntax, declaration: some DeclGroupSyntax) -> String {
        if case .argumentList(let arguments)? = node.arguments,
           let literal = arguments.first(where: { $0.label?.text == "tag" })?.expression.as(StringLiteralExprSyntax.self),
           let text = literal.representedLiteralValue
        {
            return text
        }
        let name = declaration.as(StructDeclSyntax.self)?.name.text ?? declaration.as(ClassDeclSyntax.self)?.name.text ?? "default"
        let base = name.hasSuffix("Routes") && name != "Routes" ? String(name.dropLast(6)) : name
        return base.lowercased()
    }
}
