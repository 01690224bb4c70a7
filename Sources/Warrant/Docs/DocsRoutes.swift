import HTTPTypes
import Hummingbird
import NIOCore

/// The routes that serve the spec and the documentation pages (they are not part of the spec).
struct DocsRoutes {
    let specification: SpecificationCache
    let info: APIInfo
    let assets: DocsAssets
    /// The client id for the Authorize dialog's OAuth2 flows, if configured.
    let oauthClientID: String?
    /// Origins the pages may send requests to besides their own.
    let connectSources: [String]
    /// Whether Swagger UI keeps what the Authorize dialog was given in the browser's storage.
    let persistAuthorization: Bool
    /// The gate, with the checked role graph: the access page asks it about the caller.
    let gate: AccessGate
    /// Who may call what, for the access page.
    let report: SecurityReport

    func register(on router: ServedRouter) {
        let specification = self.specification
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: try specification.value().json))
        }
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml"], body: .init(byteBuffer: try specification.value().yaml))
        }
        let policy = DocsPages.contentSecurityPolicy(assets: assets, connectSources: connectSources)
        let swagger = ByteBuffer(string: DocsPages.swaggerUI(title: info.title, assets: assets))
        let redoc = ByteBuffer(string: DocsPages.redoc(title: info.title, assets: assets))
        let initScript = ByteBuffer(string: DocsPages.swaggerInitScript(oauthClientID: oauthClientID, persistAuthorization: persistAuthorization))
        let oauthRedirect = ByteBuffer(string: DocsPages.oauthRedirect(assets: assets))
        router.get("/favicon.ico") { _, _ in
            Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "public, max-age=86400"], body: .init(byteBuffer: Favicon.png))
        }
        router.get("/docs") { _, _ in Self.page(swagger, policy: policy) }
        router.get("/redoc") { _, _ in Self.page(redoc, policy: policy) }
        router.get("/docs/oauth2-redirect.html") { _, _ in Self.page(oauthRedirect, policy: policy) }
        router.get("/docs/swagger-init.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: initScript))
        }
        registerAccessPage(on: router, policy: policy)
        for (name, bytes) in assets.files {
            let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
            router.get(RouterPath("/docs/assets/\(name)")) { _, _ in
                Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=86400"], body: .init(byteBuffer: bytes))
            }
        }
    }

    /// `/docs/access`, its script, and `/docs/access.json`: the caller's view, answered by the gate.
    private func registerAccessPage(on router: ServedRouter, policy: String) {
        let apiKeyHeader = gate.schemes.first { !$0.isBearer }.map(\.header.rawName)
        let page = ByteBuffer(string: AccessPage.html(title: info.title, apiKeyHeader: apiKeyHeader, loginURL: gate.passwordLoginURL))
        let script = ByteBuffer(string: AccessPage.script)
        let gate = self.gate
        let report = self.report
        let security = gate.documentation
        router.get("/docs/access") { _, _ in Self.page(page, policy: policy) }
        router.get("/docs/access.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: script))
        }
        router.get("/docs/access.json") { request, _ in
            // No credential: the anonymous view. A credential the gate refuses: its 401, as on any route.
            let presented = gate.credentialHeaders.contains { request.headers.contains($0) }
            let caller: Identity? = presented ? try await gate.authenticate(request.headers) : nil
            let view = AccessView(caller: caller, report: report, security: security)
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: .init(byteBuffer: view.json))
        }
    }

    private static func page(_ html: ByteBuffer, policy: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: policy],
            body: .init(byteBuffer: html)
        )
    }
}
