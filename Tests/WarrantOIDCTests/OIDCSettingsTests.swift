import Foundation
import Testing
import Warrant
import WarrantOIDC

@Suite("OIDC settings")
struct OIDCSettingsTests {
    /// Settings from environment variables over an empty `test.json`, as a deployment sets them.
    func settings(_ variables: [String: String]) async throws -> Settings {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-oidc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{}".utf8).write(to: folder.appendingPathComponent("test.json"))
        return try await Settings.load(variables: variables.merging(["APP_ENV": "test"]) { first, _ in first }, directory: folder.path)
    }

    @Test("no issuer: OIDC is off")
    func off() async throws {
        #expect(try OIDCSettings(await settings([:])) == nil)
    }

    @Test("every key is read, with the documented defaults")
    func read() async throws {
        let read = try #require(try OIDCSettings(await settings([
            "AUTH_OIDC_ISSUER": "https://tenant.auth0.example/",
            "AUTH_OIDC_AUDIENCE": "https://api.example.test",
            "AUTH_OIDC_REQUIRED_CLAIMS": "token_use=access, client_id = abc",
            "AUTH_OIDC_ROLES_CLAIM": "/realm_access/roles,https://todo.example.com/roles",
            "AUTH_OIDC_ROLE_MAP": "Admins=admin,Members=member",
            "AUTH_OIDC_GRANTABLE_ROLES": "member",
            "AUTH_OIDC_LEEWAY_SECONDS": "30",
        ])))
        #expect(read.discoveryURL == "https://tenant.auth0.example/.well-known/openid-configuration")
        #expect(read.requiredClaims.map(\.name) == ["token_use", "client_id"] && read.requiredClaims.map(\.value) == ["access", "abc"])
        #expect(read.roleClaims == [.pointer(["realm_access", "roles"]), .named("https://todo.example.com/roles")])
        #expect(read.roleMap == ["Admins": "admin", "Members": "member"])
        #expect(read.grantableRoles == ["member"] && read.leeway == 30)
        #expect(read.refreshInterval == 900 && read.cooldown == 60 && read.maximumStaleness == 43_200 && read.maximumTokenBytes == 8192)
    }

    @Test("mistakes name the variable and what to write")
    func mistakes() async throws {
        let cases: [([String: String], String)] = [
            (["AUTH_OIDC_ISSUER": "https://idp.example"], "AUTH_OIDC_AUDIENCE is not set, nor AUTH_OIDC_REQUIRED_CLAIMS"),
            (["AUTH_OIDC_ISSUER": "http://idp.example", "AUTH_OIDC_AUDIENCE": "a"], "AUTH_OIDC_ISSUER is 'http://idp.example'; use an https:// URL"),
            (["AUTH_OIDC_ISSUER": "idp", "AUTH_OIDC_AUDIENCE": "a"], "AUTH_OIDC_ISSUER is 'idp'"),
            (["AUTH_OIDC_ISSUER": "https://idp.example", "AUTH_OIDC_REQUIRED_CLAIMS": "token_use"], "AUTH_OIDC_REQUIRED_CLAIMS holds 'token_use'"),
            (["AUTH_OIDC_ISSUER": "https://idp.example", "AUTH_OIDC_AUDIENCE": "a", "AUTH_OIDC_ROLE_MAP": "Admins"], "AUTH_OIDC_ROLE_MAP holds 'Admins'"),
            (["AUTH_OIDC_ISSUER": "https://idp.example", "AUTH_OIDC_AUDIENCE": "a", "AUTH_OIDC_ROLES_CLAIM": "/a//b"], "AUTH_OIDC_ROLES_CLAIM holds '/a//b'"),
            (["AUTH_OIDC_ISSUER": "https://idp.example", "AUTH_OIDC_AUDIENCE": "a", "AUTH_OIDC_LEEWAY_SECONDS": "3600"], "AUTH_OIDC_LEEWAY_SECONDS is 3600; use 0…300"),
            (["AUTH_OIDC_ISSUER": "https://idp.example", "AUTH_OIDC_AUDIENCE": "a", "AUTH_OIDC_JWKS_COOLDOWN_SECONDS": "0"], "AUTH_OIDC_JWKS_COOLDOWN_SECONDS is 0"),
        ]
        for (values, message) in cases {
            let read = try await settings(values)
            let error = #expect(throws: SettingsError.self) { _ = try OIDCSettings(read) }
            #expect(error?.description.contains(message) == true, "\(values) → \(error?.description ?? "no error")")
        }
    }

    @Test("plain http only to loopback; a trailing slash is kept in the issuer and dropped from the discovery URL")
    func loopback() async throws {
        let local = try #require(try OIDCSettings(await settings(["AUTH_OIDC_ISSUER": "http://127.0.0.1:8999", "AUTH_OIDC_AUDIENCE": "a"])))
        #expect(local.discoveryURL == "http://127.0.0.1:8999/.well-known/openid-configuration")
        #expect(OIDCSettings.defaultDiscoveryURL(issuer: "https://a.example/realms/x/") == "https://a.example/realms/x/.well-known/openid-configuration")
    }
}
