public import Foundation
public import Logging
public import Hummingbird
import HTTPTypes
import NIOCore
import OpenAPIKit

/// A Warrant API: its routes, its identity, how it checks callers, and its limits.
///
/// Build one, then serve it with ``APIServer``, call it in-process with the test kit, or run it on
/// AWS Lambda: every transport drives the same responder.
public struct API: Sendable {
    /// The API's identity in the OpenAPI document.
    public var info: APIInfo
    /// Every route.
    public var routes: RouteTable
    /// How protected routes check callers.
    public var gate: AccessGate
    /// Input limits.
    public var limits: InputLimits
    /// The documentation pages and the served spec.
    public var docs: DocsOptions
    /// Failures every operation may answer (such as a database outage), documented on each.
    public var commonProblems: [ProblemCase]
    /// What `/health/ready` checks.
    public var readiness: [ReadinessCheck]
    /// Cross-origin access (off unless origins are listed).
    public var cors: CORSOptions
    /// How a request's client address is told (the peer, or behind trusted proxies).
    public var clientAddresses: ClientAddresses
    /// The access log, metrics and spans (all off unless turned on).
    public var operations: OperationsOptions
    /// Where access-log lines go (`warrant.access`; tests capture them by passing their own).
    public var accessLogger = Logger(label: "warrant.access")
    /// Middleware of the application's own, run in order inside the framework's (which sets the request id,
    /// enforces limits, answers problems and adds the security headers first).
    public var middleware: [any RouterMiddleware<WarrantContext>]
    /// The key page cursors are sealed with (``PageRequest``): this process's own unless set — set the
    /// same one on every instance (`PAGINATION_KEY`) for a cursor to work on all of them.
    public var cursorKey: CursorKey = .processDefault
    /// Where the routes' ``RateLimit``s are counted: this process's memory unless set — set
    /// `PostgresRateLimitStore` for limits that hold across instances.
    public var rateLimitStore: any RateLimitStore = InMemoryRateLimitStore()
    /// Where idempotent routes keep their answers (``Idempotency``): this process's memory unless set — set
    /// `PostgresIdempotencyStore` for retries that reach any instance and survive a crash.
    public var idempotencyStore: any IdempotencyStore = InMemoryIdempotencyStore()
    /// The current time, for rate-limit windows and how long idempotent answers are kept (a test moves it).
    public var now: @Sendable () -> Date = Date.init

    /// An API with routes added by `build`.
    public init(
        info: APIInfo,
        gate: AccessGate = AccessGate(),
        limits: InputLimits = InputLimits(),
        docs: DocsOptions = DocsOptions(),
        commonProblems: [ProblemCase] = [],
        readiness: [ReadinessCheck] = [],
        cors: CORSOptions = CORSOptions(),
        clientAddresses: ClientAddresses = ClientAddresses(),
        operations: OperationsOptions = OperationsOptions(),
        middleware: [any RouterMiddleware<WarrantContext>] = [],
        routes build: (inout RouteTable) -> Void
    ) {
        self.clientAddresses = clientAddresses
        self.operations = operations
        self.middleware = middleware
        self.commonProblems = commonProblems
        self.readiness = readiness
        self.cors = cors
        self.info = info
        self.gate = gate
        self.limits = limits
        self.docs = docs
        var table = RouteTable()
        build(&table)
        self.routes = table
    }

    /// Checks every declaration rule, without side effects: unique operationIds and routes, access states,
    /// group prefixes, deprecation dates and the role lattice. Run it before migrating or listening;
    /// ``makeResponder(specification:)`` runs it too.
    ///
    /// - Throws: ``APIDeclarationError`` listing every mistake, each naming its declarations.
    public func validate() throws(APIDeclarationError) {
        _ = try checked()
    }

    /// The checked declarations.
    func checked() throws(APIDeclarationError) -> CheckedDeclarations {
        try routes.checked(gate: gate)
    }

    /// The roles, checked: who may act as which role, as the gate admits callers.
    public func roleGraph() throws(APIDeclarationError) -> RoleGraph {
        try checked().roles
    }

    /// The OpenAPI document, checked: a declaration the document cannot represent truthfully throws,
    /// with every mistake found — those of the route table and those of the schemas.
    public func specification() throws -> ServedSpecification {
        let declarations: CheckedDeclarations
        do {
            declarations = try checked()
        } catch {
            // Also build the document without the roles, to report its own problems in the same error.
            var schemaProblems: [String] = []
            do {
                _ = try OpenAPIDocumentBuilder(info: info, security: gate.documentation, commonProblems: everyOperationsProblems).build(routes)
            } catch let documentError {
                schemaProblems = documentError.problems
            }
            throw APIDeclarationError(problems: error.problems + schemaProblems)
        }
        return try specification(declarations)
    }

    private func specification(_ declarations: CheckedDeclarations) throws -> ServedSpecification {
        let builder = OpenAPIDocumentBuilder(
            info: info,
            security: gate.admitting(by: declarations.roles).documentation,
            commonProblems: everyOperationsProblems
        )
        return try ServedSpecification(document: builder.build(routes))
    }

    /// Who may call what: one row per operation, for audits (`api openapi --security-report`).
    public func securityReport() throws(APIDeclarationError) -> SecurityReport {
        SecurityReport(routes: routes, security: gate.admitting(by: try checked().roles).documentation)
    }

    /// The request handler every transport uses: routes, spec, docs pages and error handling.
    ///
    /// The declarations are checked first (``validate()``), whatever the timing.
    /// - Parameter timing: When to build the OpenAPI document: at start-up by default (declarations the
    ///   document cannot represent then stop start-up), or on first use for fast cold starts.
    public func makeResponder(specification timing: SpecificationTiming = .atStartup) throws -> RouterResponder<WarrantContext> {
        let declarations = try checked()
        let api = self
        let cache = SpecificationCache { try api.specification(declarations) }
        if timing == .atStartup { _ = try cache.value() }
        let router = ServedRouter()
        let allowedMethods = AllowedMethodsSlot()
        router.add(middleware: WarrantMiddleware(
            limits: limits,
            cors: cors.allowedOrigins.isEmpty ? nil : CORSPolicy(options: cors),
            allowedMethods: allowedMethods,
            credentialHeaders: gate.credentialHeaders,
            observer: RequestObserver(options: operations, routePaths: routes.routes.map(\.endpoint.path), accessLogger: accessLogger)
        ))
        for middleware in middleware { router.add(applicationMiddleware: middleware) }
        HealthRoutes(checks: readiness).register(on: router)
        let admittingGate = gate.admitting(by: declarations.roles).observing(operations)
        let environment = RouteEnvironment(
            gate: admittingGate, limits: limits, clientAddresses: clientAddresses,
            dependencies: DependencyRegistry(routes.providers), cursorKey: cursorKey,
            rateLimitStore: rateLimitStore, idempotencyStore: idempotencyStore, now: now
        )
        for (index, route) in routes.routes.enumerated() {
            let path = RouterPath(RoutePath.hummingbird(route.endpoint.path))
            let respond = route.responder(environment)
            if let deprecation = declarations.deprecationHeaders[index] {
                router.on(path, method: route.endpoint.method, responder: CallbackResponder { request, context in
                    try await Self.respondDeprecated(respond, request, context, headers: deprecation)
                })
            } else {
                // The route's own function is the responder: no closure between the router and the route.
                router.on(path, method: route.endpoint.method, responder: CallbackResponder(callback: respond))
            }
        }
        if docs.enabled {
            var connectSources = docs.connectSources
            for case .openIDConnect(let discoveryURL) in gate.schemes.map(\.kind) {
                connectSources.append(DocsAssets.origin(of: discoveryURL))
            }
            try DocsRoutes(
                specification: cache, info: info, assets: DocsAssets(docs),
                oauthClientID: docs.oauthClientID, connectSources: connectSources, persistAuthorization: docs.persistAuthorization,
                gate: admittingGate, report: SecurityReport(routes: routes, security: admittingGate.documentation)
            ).register(on: router)
        }
        allowedMethods.fill(AllowedMethods(router.served))
        return router.router.buildResponder()
    }

    /// A deprecated route: its `Deprecation`, `Sunset` and `Link` headers on every answer, problems included.
    private static func respondDeprecated(
        _ respond: @Sendable (HummingbirdCore.Request, WarrantContext) async throws -> Response,
        _ request: HummingbirdCore.Request,
        _ context: WarrantContext,
        headers: HTTPFields
    ) async throws -> Response {
        do {
            var response = try await respond(request, context)
            response.headers.append(contentsOf: headers)
            return response
        } catch {
            var problem = ErrorProblems.problem(for: error, request: request, logger: context.logger)
            problem.headers.append(contentsOf: headers)
            throw problem
        }
    }
}
