/// How the server checks credentials when it lifts a request to a protected access state.
///
/// Built once at start-up from the configuration; shared by every route.
public struct AccessGate: Sendable {
    /// How the document describes the security schemes.
    let documentation: SecurityDocumentation

    /// A gate that admits only public routes.
    public init() {
        documentation = .none
    }
}
