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
    /// Mistakes found while routes were added, reported with the other declaration checks.
    private(set) var registrationProblems: [String] = []
    /// The dependency providers, in the order provided.
    private(set) var providers: [any RequestDependency] = []
    /// The enclosing groups' path prefix, tag, operationId prefix and deprecation.
    private var scope = RouteScope()

    /// An empty table.
    public init() {}

    /// Adds every route of `group`.
    public mutating func include(_ group: some RouteGroup) {
        group.register(in: &self)
    }

    /// Adds the routes `build` adds under a common path prefix, tag, operationId prefix and deprecation.
    ///
    /// Groups nest: prefixes add up, the innermost tag and deprecation win. Serving two versions side by side:
    /// ```swift
    /// routes.group("/v1", operationIDPrefix: "v1", deprecated: Deprecation(since: "2026-06-01", sunset: "2027-06-01")) { v1 in
    ///     v1.include(TodoRoutes(store: store))
    /// }
    /// routes.group("/v2", operationIDPrefix: "v2") { v2 in
    ///     v2.include(TodoRoutesV2(store: store))
    /// }
    /// ```
    /// - Parameters:
    ///   - path: The path prefix: literal segments (`/v1`, `/api/v2`), no `{captures}`, no trailing `/`.
    ///   - tag: The tag of the groups inside that do not name one with `@Routes(tag:)`.
    ///   - operationIDPrefix: Put in front of every operationId inside (`v1` → `v1TodoCreate`), so the same
    ///     route group can be served under two prefixes.
    ///   - deprecated: Marks every operation inside as deprecated (unless it has its own deprecation).
    ///   - rateLimit: Limits every operation inside that declares no limit of its own; give it a `name` for
    ///     one budget shared by all of them, or none for a budget per operation.
    ///   - build: Adds the routes.
    public mutating func group(
        _ path: String = "",
        tag: String? = nil,
        operationIDPrefix: String? = nil,
        deprecated: Deprecation? = nil,
        rateLimit: RateLimit? = nil,
        _ build: (inout RouteTable) -> Void
    ) {
        if let problem = Self.prefixProblem(path) { registrationProblems.append(problem) }
        if let operationIDPrefix, !OperationID.isValid(operationIDPrefix) {
            registrationProblems.append("the operationId prefix '\(operationIDPrefix)' of the group at '\(path)' has characters other than letters, digits, '_', '.' and '-'")
        }
        let outer = scope
        scope = scope.nested(path: path, tag: tag, operationIDPrefix: operationIDPrefix, deprecation: deprecated, rateLimit: rateLimit)
        build(&self)
        scope = outer
    }

    /// The tag of a `@Routes` group: the one it names, else the enclosing group's, else one from its type name.
    public func tag(declared: String?, derived: String) -> String {
        declared ?? scope.tag ?? derived
    }

    /// What is wrong with a group's path prefix, if anything.
    private static func prefixProblem(_ path: String) -> String? {
        guard !path.isEmpty else { return nil }
        if !path.hasPrefix("/") || path.hasSuffix("/") {
            return "the group path '\(path)' must start with '/' and not end with one"
        }
        if path.contains("{") || path.contains("}") {
            return "the group path '\(path)' has a {capture}; group prefixes are literal segments, captures belong in the handlers' paths"
        }
        if path.contains("//") { return "the group path '\(path)' has an empty segment" }
        return nil
    }

    /// Supplies the values of one type that handlers ask for with `@Depends`: `routes.provide(PostgresTransactions(pool: pool))`.
    ///
    /// One provider per value type; a handler depending on a type nothing provides stops start-up, naming both.
    public mutating func provide(_ provider: some RequestDependency) {
        providers.append(provider)
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
        dependencies: [DependencyKey] = [],
        handler: @escaping @Sendable (Request<Access>, RouteInput) async throws -> Output
    ) {
        let endpoint = scope.apply(to: endpoint)
        let bodyFormat = inputs.lazy.map(\.bodyFormat).first { $0 != .none } ?? .none
        if endpoint.idempotency != nil, !bodyFormat.isBuffered {
            // A retry's fingerprint covers the body bytes; an upload is streamed past them.
            registrationProblems.append("\(endpoint.declaration) takes an Idempotency-Key but reads an upload; idempotency covers JSON and form bodies")
        }
        guard let access = Access.self as? any FrameworkAccessState.Type else {
            registrationProblems.append("\(endpoint.declaration) takes Request<\(String(reflecting: Access.self))>; a route's request is Request<Unauthenticated>, Request<Authenticated> or Request<Authorized<SomeRole>>")
            return
        }
        routes.append(Route(
            endpoint: endpoint,
            requirement: access.requirement,
            requiredRole: access.requiredRole,
            inputs: inputs,
            problems: problems,
            dependencies: dependencies,
            successResponses: { Output.documentedResponses(in: &$0) },
            responder: { environment in
                { request, context in
                    do {
                        let response = try await Self.respond(request, context, environment, endpoint: endpoint, bodyFormat: bodyFormat, handler: handler)
                        return response.hummingbirdResponse(logger: context.logger)
                    } catch let error as HTTPError where error.status == .notFound {
                        // A handler's own 404, not the router's: never answered as 405.
                        throw Problem(status: .notFound, headers: error.headers)
                    }
                }
            }
        ))
    }

    /// One request through a route: lift, count it against the route's rate limit, read and check inputs,
    /// run the handler (through its idempotency key, if it takes one), make the response.
    ///
    /// Inlined into the route's closure: one async frame less on every request.
    @inline(__always)
    private static func respond<Access: AccessState, Output: ResponseRepresentable>(
        _ request: HummingbirdCore.Request,
        _ context: WarrantContext,
        _ environment: RouteEnvironment,
        endpoint: Endpoint,
        bodyFormat: RequestBodyFormat,
        handler: @Sendable (Request<Access>, RouteInput) async throws -> Output
    ) async throws -> RouteResponse {
        let proof = try await Access.lift(AccessLift(headers: request.headers, environment: environment))
        let typed = Request<Access>(
            proof: proof,
            method: request.method,
            uri: request.uri,
            headers: request.headers,
            id: context.requestID,
            logger: context.logger,
            connection: RequestConnection(channel: context.channel, clientAddresses: environment.clientAddresses)
        )
        guard let rateLimit = endpoint.rateLimit else {
            return try await run(request, context, environment, typed, endpoint: endpoint, bodyFormat: bodyFormat, handler: handler)
        }
        let caller = RateLimitFields.caller(rateLimit.key, identity: typed.identity, clientAddress: typed.clientAddress)
        let counted = try await RateLimitFields.count(
            rateLimit, policy: rateLimit.name ?? endpoint.operationID, caller: caller,
            in: environment.rateLimitStore, at: environment.now())
        guard !counted.exceeded else { throw counted.problem }
        // Every answer the handler gives carries the fields, its refusals too.
        do {
            var response = try await run(request, context, environment, typed, endpoint: endpoint, bodyFormat: bodyFormat, handler: handler)
            response.headers.append(contentsOf: counted.headers)
            return response
        } catch let convertible as any ProblemConvertible where convertible.problem.status.kind == .clientError {
            var problem = convertible.problem
            problem.headers.append(contentsOf: counted.headers)
            throw problem
        }
    }

    /// The rest of a request through a route, once it is lifted and counted: read and check inputs, run the
    /// handler (through its idempotency key, if it takes one), make the response.
    @inline(__always)
    private static func run<Access: AccessState, Output: ResponseRepresentable>(
        _ request: HummingbirdCore.Request,
        _ context: WarrantContext,
        _ environment: RouteEnvironment,
        _ typed: Request<Access>,
        endpoint: Endpoint,
        bodyFormat: RequestBodyFormat,
        handler: @Sendable (Request<Access>, RouteInput) async throws -> Output
    ) async throws -> RouteResponse {
        let body = try await RequestBody.read(request, format: bodyFormat, limits: environment.limits)
        let input = RouteInput(
            headers: request.headers,
            uri: request.uri,
            pathParameters: context.parameters,
            body: body.bytes,
            bodyIsForm: body.isForm,
            jsonLimits: environment.limits.json,
            form: body.form,
            upload: body.upload,
            dependencies: environment.dependencies,
            cursorKey: environment.cursorKey
        )
        guard let idempotency = endpoint.idempotency else { return try await handler(typed, input).makeResponse() }
        return try await IdempotentCall.respond(
            idempotency, store: environment.idempotencyStore, now: environment.now(), identity: typed.identity,
            request: request, body: body.bytes
        ) {
            try await handler(typed, input).makeResponse()
        }
    }
}
