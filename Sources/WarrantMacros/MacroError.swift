import SwiftDiagnostics
import SwiftSyntax

/// A mistake in a declaration that a Warrant macro reads, reported at the offending syntax.
struct MacroError: Error, DiagnosticMessage {
    let message: String
    let node: Syntax

    init(_ message: String, at node: some SyntaxProtocol) {
        self.message = message
        self.node = Syntax(node)
    }

    var diagnosticID: MessageID { MessageID(domain: "Warrant", id: "macro") }
    var severity: DiagnosticSeverity { .error }

    /// The diagnostic the compiler shows.
    var diagnostic: Diagnostic { Diagnostic(node: node, message: self) }
}
