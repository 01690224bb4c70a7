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

    /// An API with routes added by `build`.
    public init(
        info: APIInfo,
        gate: AccessGate = AccessGate(),
        limits: InputLimits = InputLimits(),
        docs: DocsOptions = DocsOptions(),
        commonProblems: [ProblemCase] = [],
        readiness: [ReadinessCheck] = [],
        cors: CORSOptions = CORSOptions(),
        routes build: (inout RouteTable) -> Void
    ) {
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

    /// The OpenAPI document, checked: a declaration the document cannot represent truthfully throws.
    public func specification() throws -> ServedSpecification {
        let builder = OpenAPIDocumentBuilder(info: info, security: effectiveGate.documentation, commonProblems: commonProblems)
        return try ServedSpecification(document: builder.build(routes))
    }

    /// The gate with the role graph its routes imply.
    private var effectiveGate: AccessGate { gate.learningRoles(from: routes.roleChains) }

    /// Who may call what: one row per operation, for audits (`api openapi --security-report`).
    public var securityReport: SecurityReport { SecurityReport(routes: routes) }

    /// The request handler every transport uses: routes, spec, docs pages and error handling.
    ///
    /// - Parameter timing: When to build the OpenAPI document: at start-up by default (declarations the
    ///   document cannot represent then stop start-up), or on first use for fast cold starts.
    public func makeResponder(specification timing: SpecificationTiming = .atStartup) throws -> RouterResponder<WarrantContext> {
        let api = self
        let cache = SpecificationCache { try api.specification() }
        if timing == .atStartup { _ = try cache.value() }
        let router = Router(context: WarrantContext.self)
        router.add(middleware: WarrantMiddleware(limits: limits, cors: cors.allowedOrigins.isEmpty ? nil : CORSPolicy(options: cors)))
        HealthRoutes(checks: readiness).register(on: router)
        let environment = RouteEnvironment(gate: effectiveGate, limits: limits)
        for route in routes.routes {
            router.on(RouterPath(RoutePath.hummingbird(route.endpoint.path)), method: route.endpoint.method) { request, context in
                let response = try await route.respond(request, context, environment)
                return Response(status: response.status, headers: response.headers, body: response.body.map { .init(byteBuffer: $0) } ?? .init())
            }
        }
        if docs.enabled {
            try DocsRoutes(specification: cache, info: info, assets: DocsAssets(docs)).register(on: router)
        }
        return router.buildResponder()
    }
}
