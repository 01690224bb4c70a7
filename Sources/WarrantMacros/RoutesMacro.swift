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
        let declaredTag = stringArgument("tag", of: node)
        let derivedTag = derivedTagName(declaration)
        var pathPrefix = ""
        if let path = stringArgument("path", of: node) {
            guard path.hasPrefix("/"), !path.hasSuffix("/"), !path.contains("//") else {
                context.diagnose(MacroError("@Routes(path:) is a prefix such as \"/bookmarks\": it starts with '/' and does not end with one", at: node).diagnostic)
                return []
            }
            pathPrefix = path
        }
        var registrations: [String] = []
        var failed = false
        for member in declaration.memberBlock.members {
            guard let function = member.decl.as(FunctionDeclSyntax.self) else { continue }
            do {
                guard let handler = try HandlerDeclaration(function, pathPrefix: pathPrefix) else { continue }
                registrations.append(handler.registration(tag: "tag", owner: type.trimmedDescription))
            } catch let error as MacroError {
                context.diagnose(error.diagnostic)
                failed = true
            }
        }
        if failed { return [] }
        let access = AccessLevel.prefix(for: declaration.modifiers)
        let tagDescription = SwiftLiteral.optionalString(DocComment(of: declaration).full)
        let tagLine = "let tag = routes.tag(declared: \(SwiftLiteral.optionalString(declaredTag)), derived: \(SwiftLiteral.string(derivedTag)))"
        let body = ([tagLine, "routes.describeTag(tag, description: \(tagDescription))"] + registrations)
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

    /// The string literal of the attribute's argument labelled `label`.
    private static func stringArgument(_ label: String, of node: AttributeSyntax) -> String? {
        guard case .argumentList(let arguments)? = node.arguments,
              let literal = arguments.first(where: { $0.label?.text == label })?.expression.as(StringLiteralExprSyntax.self)
        else { return nil }
        return literal.representedLiteralValue
    }

    /// The type's name without a `Routes` suffix, lowercased: the tag when neither `@Routes(tag:)` nor an
    /// enclosing group names one.
    private static func derivedTagName(_ declaration: some DeclGroupSyntax) -> String {
        let name = declaration.as(StructDeclSyntax.self)?.name.text ?? declaration.as(ClassDeclSyntax.self)?.name.text ?? "default"
        let base = name.hasSuffix("Routes") && name != "Routes" ? String(name.dropLast(6)) : name
        return base.lowercased()
    }
}
