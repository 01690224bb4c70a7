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
        // The exact pinned files, not the whole CDN host: another package on it could not run here.
        #expect(policy.contains("script-src 'self' https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.33.1/swagger-ui-bundle.js https://cdn.jsdelivr.net/npm/redoc@2.5.4/bundles/redoc.standalone.js https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.33.1/oauth2-redirect.js;"))
        #expect(policy.contains("style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.33.1/swagger-ui.css;"))
        #expect(policy.contains("img-src 'self' data:;") && policy.contains("font-src 'self' data:;"))
        #expect(!policy.contains("https://cdn.jsdelivr.net;") && !policy.contains("https://cdn.jsdelivr.net "))
        #expect(policy.contains("frame-ancestors 'none'"))
        let script = try await client.get("/docs/swagger-init.js")
        #expect(script.text.contains(#"url: "/openapi.json""#))
        #expect(script.text.contains("persistAuthorization: false"), "the Authorize dialog's state is not kept in localStorage unless asked")
    }

    @Test("persistAuthorization is on only outside production, unless configured")
    func persistAuthorization() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["development", "production"] { try Data("{}".utf8).write(to: folder.appendingPathComponent("\(name).json")) }
        for (variables, expected) in [
            (["APP_ENV": "development"], true),
            (["APP_ENV": "production"], false),
            (["APP_ENV": "production", "DOCS_PERSIST_AUTHORIZATION": "true"], true),
        ] {
            let server = try ServerSettings(try await Settings.load(variables: variables, directory: folder.path))
            #expect(server.docs.persistAuthorization == expected, "\(variables)")
            let script = try await TestClient(api: SampleAPI.make(docs: server.docs)).get("/docs/swagger-init.js").text
            #expect(script.contains("persistAuthorization: \(expected)"), "\(variables)")
        }
    }

    @Test("/redoc loads the pinned ReDoc")
    func redocPage() async throws {
        let client = try TestClient(api: SampleAPI.make())
        let page = try await client.get("/redoc")
        #expect(page.text.contains("redoc@2.5.4/bundles/redoc.standalone.js"))
        #expect(page.text.contains(#"<redoc spec-url="/openapi.json"></redoc>"#))
    }

    @Test("self-hosted files that are not the pinned versions are refused at start-up, naming the file")
    func selfHostedMustBePinned() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["swagger-ui-bundle.js", "swagger-ui.css", "oauth2-redirect.js", "redoc.standalone.js"] {
            try Data("/* a tampered \(name) */".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect {
            try TestClient(api: SampleAPI.make(docs: DocsOptions(assetsDirectory: folder.path)))
        } throws: { error in
            let text = String(describing: error)
            return text.contains("swagger-ui-bundle.js is not the pinned swagger-ui-bundle.js") && text.contains("its SHA-512 differs")
        }
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
