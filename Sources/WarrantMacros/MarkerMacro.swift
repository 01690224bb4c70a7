import SwiftSyntax
import SwiftSyntaxMacros

/// Attributes that only mark a declaration for another macro to read: `@GET`, `@Length`, `@Status`, ….
///
/// They expand to nothing; `@Schema`, `@Routes` and `@Problems` read them from the syntax tree.
public struct MarkerMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        []
    }
}
