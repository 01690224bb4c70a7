import HTTPTypes
import Hummingbird
import NIOCore

/// Every route of an API: what the server answers and what the OpenAPI document describes.
///
/// The same table drives both, so the served document cannot drift from the served routes.
public struct RouteTable: Sendable {
    /// The routes in registration order.
    private(set) var routes: [Route] = []
    /// Tag descriptions, from the route groups' doc comments.
    private(set) var tags: [(name: String, description: String?)] = []

    /// An empty table.
    public init() {}

    /// The role chains the routes require, for the gate's role graph.
    var roleChains: [[String]] { routes.map(\.roleChain).filter { !$0.isEmpty } }

    /// Adds every route of `group`.
    public mutating func include(_ group: some RouteGroup) {
        group.register(in: &self)
    }

    /// Describes a tag (a route group) in the document.
    public mutating func describeTag(_ name: String, description: String?) {
        guard !tags.contains(where: { $0.name == name }) else { return }
        tags.append((name, description))
    }

    /// Registers a route; `@Routes` writes the calls.
    ///
    /// The handler's request type is the route's access level: the route lifts each request to it
    /// (or answers 401/403) before any input is read.
    public mutating func add<Access: AccessState, Output: ResponseRepresentable>(
        _ endpoint: Endpoint,
        inputs: [any RouteInputDescriptor],
        problems: [any DocumentedProblems.Type],
        handler: @escaping @Sendable (Request<Access>, RouteInput) async throws -> Output
    ) {
        let readsBody = inputs.contains { $0.readsBody }
        let acceptsForm = inputs.contains { $0.acceptsForm }
        routes.append(Route(
            endpoint: endpoint,
            requirement: Access.requirement,
            roleChain: Access.roleChain,
            inputs: inputs,
            problems: problems,
            successResponses: { Output.documentedResponses(in: &$0) },
            respond: { request, context, environment in
                try await Self.respond(request, context, environment, readsBody: readsBody, acceptsForm: acceptsForm, handler: handler)
            }
        ))
    }

    /// One request through a route: lift, read and check inputs, run the handler, make the response.
    ///
    /// Inlined into the route's closure: one async frame less on every request.
    @inline(__always)
    private static func respond<Access: AccessState, Output: ResponseRepresentable>(
        _ request: HummingbirdCore.Request,
        _ context: WarrantContext,
        _ environment: RouteEnvironment,
        readsBody: Bool,
        acceptsForm: Bool,
        handler: @Sendable (Request<Access>, RouteInput) async throws -> Output
    ) async throws -> RouteResponse {
        let proof = try Access.lift(AccessLift(headers: request.headers, gate: environment.gate))
        let body = readsBody ? try await RequestBodyReader.read(request, limits: environment.limits, acceptsForm: acceptsForm) : nil
        let input = RouteInput(
            headers: request.headers,
            uri: request.uri,
            pathParameters: context.parameters,
            body: body?.bytes,
            bodyIsForm: body?.isForm ?? false,
            jsonLimits: environment.limits.json
        )
        let typed = Request<Access>(
            proof: proof,
            method: request.method,
            uri: request.uri,
            headers: request.headers,
            id: context.requestID,
            logger: context.logger
        )
        return try await handler(typed, input).makeResponse()
    }
}
