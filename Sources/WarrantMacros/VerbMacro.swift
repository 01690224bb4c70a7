import SwiftSyntax
import SwiftSyntaxMacros

/// `@GET`, `@POST`, `@PUT`, `@PATCH`, `@DELETE`: read by `@Routes`; next to a deprecated handler they emit
/// the type that lets the registration call it without a deprecation warning.
public struct VerbMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        guard let function = declaration.as(FunctionDeclSyntax.self),
              AttributeReader(function.attributes).isDeprecated,
              let owner = context.lexicalContext.first.flatMap(Self.typeName)
        else { return [] }
        let parameters = Array(function.signature.parameterClause.parameters)
        let types = [owner] + parameters.map { $0.type.trimmedDescription }
        let arguments = parameters.enumerated().map { index, parameter in
            let label = parameter.firstName.text
            return (label == "_" ? "" : "\(label): ") + "arguments.\(index + 1)"
        }
        let effects = function.signature.effectSpecifiers
        let call = (effects?.throwsClause != nil ? "try " : "") + (effects?.asyncSpecifier != nil ? "await " : "")
            + "arguments.0.\(function.name.text)(\(arguments.joined(separator: ", ")))"
        let output = function.signature.returnClause?.type.trimmedDescription ?? "Void"
        return [
            """
            enum _WarrantDeprecated_\(raw: function.name.text.trimmingBackticks): Warrant.DeprecatedHandlerCall {
                @available(*, deprecated)
                static func call(_ arguments: (\(raw: types.joined(separator: ", ")))) async throws -> \(raw: output) {
                    \(raw: call)
                }
            }
            """
        ]
    }

    private static func typeName(_ node: Syntax) -> String? {
        node.as(StructDeclSyntax.self)?.name.text ?? node.as(ClassDeclSyntax.self)?.name.text
            ?? node.as(EnumDeclSyntax.self)?.name.text ?? node.as(ActorDeclSyntax.self)?.name.text
    }
}
