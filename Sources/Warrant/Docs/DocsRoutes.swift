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
        for (name, bytes) in assets.files {
            let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
            router.get(RouterPath("/docs/assets/\(name)")) { _, _ in
                Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=86400"], body: .init(byteBuffer: bytes))
            }
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
