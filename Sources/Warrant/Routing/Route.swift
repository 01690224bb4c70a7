import Hummingbird
import HTTPTypes
import NIOCore

/// One registered route: its documentation and the function that answers it.
struct Route: Sendable {
    /// The handler's declared endpoint, with its group's prefixes applied.
    let endpoint: Endpoint
    /// The access the handler's request type requires.
    let requirement: AccessRequirement
    /// The role that access requires, if any.
    let requiredRole: (any Role.Type)?
    /// The handler's inputs.
    let inputs: [any RouteInputDescriptor]
    /// The error types the handler declares (`throws(E)`).
    let problems: [any DocumentedProblems.Type]
    /// The value types the handler takes with `@Depends`.
    let dependencies: [DependencyKey]
    /// The success responses of the handler's result type.
    let successResponses: @Sendable (inout SchemaComponents) -> [DocumentedResponse]
    /// The function that answers a request that matched the route, given the routes' shared environment.
    ///
    /// Made once at start-up and handed to the router as is: no closure of the server's own between the
    /// router and the route.
    let responder: @Sendable (RouteEnvironment) -> @Sendable (HummingbirdCore.Request, WarrantContext) async throws -> Response

    /// Whether the route reads a body.
    var readsBody: Bool { inputs.contains { $0.readsBody } }
    /// How the body is sent, if the route reads one.
    var bodyFormat: RequestBodyFormat { inputs.lazy.map(\.bodyFormat).first { $0 != .none } ?? .none }
}
