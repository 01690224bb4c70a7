import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

@Suite("Documentation pages")
struct DocsPagesTests {
    @Test("/docs loads the pinned Swagger UI with integrity, under a strict CSP, and no inline script")
    func swaggerPage() async throws {
        let client = try TestClient(api: SampleAPI.make())
        let page = try await client.get("/docs")
        #expect(page.status == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        #expect(page.text.contains(#"src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.33.1/swagger-ui-bundle.js" integrity="sha384-"#))
        #expect(page.text.contains(#"<script src="/docs/swagger-init.js"></script>"#))
        #expect(!page.text.contains("<script>"))
        let policy = try #require(page.headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'self' https://cdn.jsdelivr.net"))
        #expect(policy.contains("frame-ancestors 'none'"))
        let script = try await client.get("/docs/swagger-init.js")
        #expect(script.text.contains(#"url: "/openapi.json""#))
    }

    @Test("/redoc loads the pinned ReDoc")
    func redocPage() async throws {
        let client = try TestClient(api: SampleAPI.make())
        let page = try await client.get("/redoc")
        #expect(page.text.contains("redoc@2.5.4/bundles/redoc.standalone.js"))
        #expect(page.text.contains(#"<redoc spec-url="/openapi.json"></redoc>"#))
    }

    @Test("self-hosted assets are served from the configured folder with computed integrity")
    func selfHosted() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["swagger-ui-bundle.js", "swagger-ui.css", "oauth2-redirect.js", "redoc.standalone.js"] {
            try Data("/* \(name) */".utf8).write(to: folder.appendingPathComponent(name))
        }
        let client = try TestClient(api: SampleAPI.make(docs: DocsOptions(assetsDirectory: folder.path)))
        let page = try await client.get("/docs")
        #expect(page.text.contains(#"src="/docs/assets/swagger-ui-bundle.js" integrity="sha512-"#))
        #expect(try #require(page.headers[.contentSecurityPolicy]).contains("script-src 'self';"))
        let asset = try await client.get("/docs/assets/swagger-ui.css")
        #expect(asset.text == "/* swagger-ui.css */")
        #expect(asset.headers[.contentType] == "text/css; charset=utf-8")
        let traversal = try await client.get("/docs/assets/..%2F..%2Fetc%2Fpasswd")
        #expect(traversal.status == .notFound)
    }

    @Test("a self-hosted folder missing a file fails start-up with the file's name")
    func missingAsset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try TestClient(api: SampleAPI.make(docs: DocsOptions(assetsDirectory: folder.path)))
        } throws: { error in
            String(describing: error).contains("has no swagger-ui-bundle.js")
        }
    }

    @Test("the OAuth2 redirect page loads Swagger UI's pinned redirect script under the same CSP; the client id is a JSON string")
    func oauthRedirect() async throws {
        let options = DocsOptions(oauthClientID: #"docs"</script>"#, connectSources: ["https://auth.example.com"])
        let client = try TestClient(api: SampleAPI.make(docs: options))
        let page = try await client.get("/docs/oauth2-redirect.html")
        #expect(page.text.contains(#"src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.33.1/oauth2-redirect.js" integrity="sha384-"#))
        #expect(!page.text.contains("<script>"))
        #expect(try #require(page.headers[.contentSecurityPolicy]).contains("connect-src 'self' https://auth.example.com;"))
        let script = try await client.get("/docs/swagger-init.js").text
        #expect(script.contains(#"oauth2RedirectUrl: window.location.origin + "/docs/oauth2-redirect.html""#))
        #expect(script.contains(#"clientId: "docs\"\u003c/script>""#), "escaped: it cannot end the string or a script element")
        #expect(script.contains("usePkceWithAuthorizationCodeGrant: true"))
        let plain = try await TestClient(api: SampleAPI.make()).get("/docs/swagger-init.js").text
        #expect(!plain.contains("initOAuth"), "no client id, no initOAuth")
    }

    @Test("turning the docs off removes the pages and the served spec")
    func disabled() async throws {
        let client = try TestClient(api: SampleAPI.make(docs: DocsOptions(enabled: false)))
        for path in ["/docs", "/redoc", "/docs/oauth2-redirect.html", "/openapi.json", "/openapi.yaml"] {
            #expect(try await client.get(path).status == .notFound, "\(path)")
        }
    }
}
