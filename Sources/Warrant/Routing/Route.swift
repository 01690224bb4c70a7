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
    /// Answers a request that matched the route.
    let respond: @Sendable (HummingbirdCore.Request, WarrantContext, RouteEnvironment) async throws -> RouteResponse

    /// Whether the route reads a body.
    var readsBody: Bool { inputs.contains { $0.readsBody } }
    /// How the body is sent, if the route reads one.
    var bodyFormat: RequestBodyFormat { inputs.lazy.map(\.bodyFormat).first { $0 != .none } ?? .none }
}
