import Foundation
import Testing
@testable import App
import Warrant
import WarrantJSON
import WarrantTesting

/// API keys over HTTP, against a real database: created by the operator, used by a machine client,
/// listed and revoked by an admin — revocation effective on the next request, without a restart.
@Suite("API keys")
struct APIKeyTests {
    @Test("a key grants its roles: member routes answer, admin routes are 403; /me says it is a key")
    func grantsItsRoles() async throws {
        let app = try await TestApp()
        let created = try await APIKeys.create(name: "ci-bot", roles: ["member"], expiresAt: nil, database: app.pool)
        let key = Caller.apiKey(created.key)
        #expect(try await app.client.post("/todos", json: #"{"title":"from a key"}"#, as: key).status == .created)
        #expect(try await app.client.get("/todos", as: key).text.contains("from a key"))
        #expect(try await app.client.get("/admin/todos", as: key).status == .forbidden)
        let me = try await app.client.get("/me", as: key).json()
        #expect(me["id"] == .string("apikey:" + created.id.uuidString.lowercased()))
        #expect(me["scheme"] == .string("apiKey") && me["issuer"] == .string("api-key") && me["expires_at"] == nil)
    }

    @Test("an admin lists keys — names, prefixes, roles, last use — never a secret")
    func listing() async throws {
        let app = try await TestApp()
        let created = try await APIKeys.create(name: "billing-sync", roles: ["member"], expiresAt: nil, database: app.pool)
        _ = try await app.client.get("/todos", as: .apiKey(created.key))
        let listing = try await app.client.get("/admin/api-keys", as: .admin)
        let keys = try listing.decode([APIKeyRecord].self)
        #expect(keys.map(\.name) == ["billing-sync"] && keys.map(\.prefix) == [created.prefix])
        #expect(keys.first?.lastUsedAt != nil)
        #expect(!listing.text.contains(String(created.key.dropFirst(16))), "the secret is never listed")
        #expect(try await app.client.get("/admin/api-keys", as: .member()).status == .forbidden)
        #expect(try await app.client.get("/admin/api-keys", as: .apiKey(created.key)).status == .forbidden)
    }

    @Test("revoked by an admin or by the operator, a key is refused on the very next request")
    func revocation() async throws {
        let app = try await TestApp()
        let first = try await APIKeys.create(name: "one", roles: ["member"], expiresAt: nil, database: app.pool)
        #expect(try await app.client.get("/todos", as: .apiKey(first.key)).status == .ok)
        #expect(try await app.client.delete("/admin/api-keys/\(first.id.uuidString)", as: .member()).status == .forbidden)
        #expect(try await app.client.delete("/admin/api-keys/\(first.id.uuidString)", as: .admin).status == .noContent)
        let refused = try await app.client.get("/todos", as: .apiKey(first.key))
        #expect(refused.status == .unauthorized && refused.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#)
        #expect(try await app.client.delete("/admin/api-keys/\(first.id.uuidString)", as: .admin).status == .noContent, "revoking again changes nothing")
        #expect(try await app.client.delete("/admin/api-keys/\(UUID().uuidString)", as: .admin).status == .notFound)
        let second = try await APIKeys.create(name: "two", roles: ["member"], expiresAt: nil, database: app.pool)
        #expect(try await app.client.get("/todos", as: .apiKey(second.key)).status == .ok)
        #expect(try await APIKeys.revoke("wk_" + second.prefix, database: app.pool))
        #expect(try await app.client.get("/todos", as: .apiKey(second.key)).status == .unauthorized)
        let listed = try await app.client.get("/admin/api-keys", as: .admin).decode([APIKeyRecord].self)
        #expect(listed.allSatisfy { $0.revokedAt != nil })
    }

    @Test("an expired key, a forged key with a real prefix, and a malformed key are 401")
    func refusals() async throws {
        let clock = TestClock()
        let app = try await TestApp { $0.now = clock.now }
        let expiring = try await APIKeys.create(name: "short", roles: ["member"], expiresAt: clock.now().addingTimeInterval(60), database: app.pool)
        #expect(try await app.client.get("/todos", as: .apiKey(expiring.key)).status == .ok)
        clock.advance(by: 61)
        #expect(try await app.client.get("/todos", as: .apiKey(expiring.key)).status == .unauthorized)
        let real = try await APIKeys.create(name: "real", roles: ["admin"], expiresAt: nil, database: app.pool)
        let forged = "wk_\(real.prefix)_" + String(repeating: "A", count: 43)
        #expect(try await app.client.get("/admin/todos", as: .apiKey(forged)).status == .unauthorized)
        for text in ["wk_nope", real.key + "x", "Bearer " + real.key] {
            #expect(try await app.client.get("/todos", as: .apiKey(text)).status == .unauthorized, "\(text)")
        }
    }
}
