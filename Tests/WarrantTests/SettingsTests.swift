import Foundation
import Testing
@testable import Warrant

@Suite("Configuration")
struct SettingsTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test("the environment's file is read and environment variables override it")
    func layering() async throws {
        let dir = try folder(["test.json": #"{"port": 9000, "host": "0.0.0.0", "docs": {"enabled": false}}"#])
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = try await Settings.load(variables: ["APP_ENV": "test", "PORT": "9100"], directory: dir.path)
        #expect(settings.environment == .test)
        let server = try ServerSettings(settings)
        #expect(server.port == 9100)
        #expect(server.host == "0.0.0.0")
        #expect(server.docs.enabled == false)
    }

    @Test("defaults apply when nothing is set")
    func defaults() async throws {
        let dir = try folder(["development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try ServerSettings(try await Settings.load(variables: [:], directory: dir.path))
        #expect(server.port == 8080)
        #expect(server.host == "127.0.0.1")
        #expect(server.limits.maxBodyBytes == 1 << 20)
        #expect(server.shutdownGrace == .seconds(25))
        #expect(server.limits.uploads.maxBytes == 32 << 20 && server.limits.uploads.temporaryDirectory == nil)
    }

    @Test("upload limits are read from LIMITS_UPLOAD_*")
    func uploadLimits() async throws {
        let dir = try folder(["development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let variables = [
            "LIMITS_UPLOAD_BYTES": "1000", "LIMITS_UPLOAD_PART_BYTES": "500", "LIMITS_UPLOAD_PARTS": "3",
            "LIMITS_UPLOAD_MEMORY_BYTES": "10", "LIMITS_UPLOAD_DIRECTORY": "/var/spool/uploads",
        ]
        let uploads = try ServerSettings(try await Settings.load(variables: variables, directory: dir.path)).limits.uploads
        #expect(uploads.maxBytes == 1000 && uploads.maxPartBytes == 500 && uploads.maxParts == 3)
        #expect(uploads.memoryThreshold == 10 && uploads.temporaryDirectory == "/var/spool/uploads")
    }

    @Test("PAGINATION_KEY: cursors one instance seals, another with the same key opens; a malformed key is refused")
    func paginationKey() async throws {
        let dir = try folder(["development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = CursorKey.random().base64URL
        let one = try ServerSettings(try await Settings.load(variables: ["PAGINATION_KEY": text], directory: dir.path)).cursorKey
        let other = try ServerSettings(try await Settings.load(variables: ["PAGINATION_KEY": text], directory: dir.path)).cursorKey
        let cursor = PageRequest(position: .first, limit: 5, path: "/x", key: one).cursor(.after(9))
        #expect(PageRequest(position: .first, limit: 5, path: "/x", key: other).position(of: cursor) == .after(9))
        let unset = try ServerSettings(try await Settings.load(variables: [:], directory: dir.path)).cursorKey
        #expect(PageRequest(position: .first, limit: 5, path: "/x", key: unset).position(of: cursor) == nil)
        let settings = try await Settings.load(variables: ["PAGINATION_KEY": "short"], directory: dir.path)
        #expect {
            try ServerSettings(settings)
        } throws: { error in
            String(describing: error).contains("PAGINATION_KEY") && !String(describing: error).contains("short")
        }
    }

    @Test("a malformed value fails with the key's name instead of falling back to a default")
    func malformed() async throws {
        let dir = try folder(["development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = try await Settings.load(variables: ["PORT": "eighty"], directory: dir.path)
        #expect {
            try ServerSettings(settings)
        } throws: { error in
            String(describing: error) == "configuration: port is 'eighty', not an integer"
        }
    }

    @Test("an unknown APP_ENV or a missing file is a clear error")
    func badEnvironment() async throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        await #expect {
            try await Settings.load(variables: ["APP_ENV": "staging"], directory: dir.path)
        } throws: { error in
            String(describing: error).contains("APP_ENV is 'staging'; use development, test or production")
        }
        await #expect {
            try await Settings.load(variables: ["APP_ENV": "production"], directory: dir.path)
        } throws: { error in
            String(describing: error).contains("production.json, which does not exist")
        }
    }

    @Test("LOG_BATCH_MS: 20 ms by default, 0 writes each line at once, out of range is a clear error")
    func logBatchWindow() async throws {
        let dir = try folder(["development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try LoggingSetup.lineBatchWindow(settings: try await Settings.load(variables: [:], directory: dir.path)) == .milliseconds(20))
        #expect(try LoggingSetup.lineBatchWindow(settings: try await Settings.load(variables: ["LOG_BATCH_MS": "0"], directory: dir.path)) == nil)
        for bad in ["5000", "-1", "soon"] {
            let settings = try await Settings.load(variables: ["LOG_BATCH_MS": bad], directory: dir.path)
            #expect {
                try LoggingSetup.lineBatchWindow(settings: settings)
            } throws: { error in
                String(describing: error).contains("LOG_BATCH_MS is") || String(describing: error).contains("not an integer")
            }
        }
    }

    @Test("production refuses the default token issuer: two deployments sharing keys must not share an issuer")
    func productionIssuer() async throws {
        let dir = try folder(["production.json": "{}", "development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = "k4.public.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
        for variables in [["APP_ENV": "production", "AUTH_PUBLIC_KEYS": key], ["APP_ENV": "production", "AUTH_PUBLIC_KEYS": key, "AUTH_ISSUER": "warrant"]] {
            let settings = try await Settings.load(variables: variables, directory: dir.path)
            #expect {
                try AuthSettings(settings)
            } throws: { error in
                String(describing: error).contains("AUTH_ISSUER is 'warrant' (the default) in production")
            }
        }
        let named = try AuthSettings(try await Settings.load(variables: ["APP_ENV": "production", "AUTH_PUBLIC_KEYS": key, "AUTH_ISSUER": "https://api.example.com"], directory: dir.path))
        #expect(named.issuer == "https://api.example.com")
        let development = try AuthSettings(try await Settings.load(variables: ["AUTH_PUBLIC_KEYS": key], directory: dir.path))
        #expect(development.issuer == "warrant")
    }

    @Test("the docs' OAuth client id and extra connect sources are read, and checked")
    func docsOAuth() async throws {
        let dir = try folder(["development.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let read = try ServerSettings(try await Settings.load(
            variables: ["DOCS_OAUTH_CLIENT_ID": "swagger-ui", "DOCS_CONNECT_SOURCES": "https://auth.example.com,http://127.0.0.1:9000"],
            directory: dir.path
        ))
        #expect(read.docs.oauthClientID == "swagger-ui")
        #expect(read.docs.connectSources == ["https://auth.example.com", "http://127.0.0.1:9000"])
        for (variables, message) in [
            (["DOCS_CONNECT_SOURCES": "https://auth.example.com/oauth2/token"], "DOCS_CONNECT_SOURCES holds 'https://auth.example.com/oauth2/token'"),
            (["DOCS_CONNECT_SOURCES": "*"], "DOCS_CONNECT_SOURCES holds '*'"),
            (["DOCS_OAUTH_CLIENT_ID": "two words"], "DOCS_OAUTH_CLIENT_ID must be printable ASCII without spaces"),
        ] {
            let settings = try await Settings.load(variables: variables, directory: dir.path)
            #expect {
                try ServerSettings(settings)
            } throws: { error in
                String(describing: error).contains(message)
            }
        }
    }
}
