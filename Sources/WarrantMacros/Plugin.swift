import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin that provides every Warrant macro.
@main
struct WarrantMacrosPlugin: CompilerPlugin {
    let providingMacros: [any Macro.Type] = [
        SchemaMacro.self,
        RoutesMacro.self,
        ProblemsMacro.self,
        MarkerMacro.self,
        VerbMacro.self,
        RowMacro.self,
    ]
}
