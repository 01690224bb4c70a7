import Foundation
import Testing
@testable import App
import WarrantCrypto
import WarrantTesting

/// Admin-only operations and the access rules around them.
@Suite("Admin and identity routes")
struct AdminTests {
    @Test("GET /me returns any authenticated caller's claims; no token is 401")
    func me() async throws {
        let app = try await TestApp()
        let me = try await app.client.get("/me", as: .subject("gina", roles: ["guest"]))
        #expect(try me.json()["id"] == .string("gina"))
        #expect(try await app.client.get("/me").status == .unauthorized)
    }

    @Test("admins list every owner's todos and every user; members get 403")
    func adminOnly() async throws {
        let app = try await TestApp()
        _ = try await app.client.post("/todos", json: #"{"title":"one"}"#, as: .member("alice"))
        _ = try await PostgresUserStore(database: app.pool).create(email: "a@example.com", passwordHash: PasswordHasher.fastForTests.hash("password1"), roles: ["member"])
        let todos = try await app.client.get("/admin/todos", as: .admin)
        #expect(todos.text.contains(#""owner":"alice""#))
        let users = try await app.client.get("/admin/users", as: .admin).decode([User].self)
        #expect(users.map(\.email) == ["a@example.com"])
        #expect(!(try await app.client.get("/admin/users", as: .admin).text.contains("argon2")))
        for path in ["/admin/todos", "/admin/users"] {
            #expect(try await app.client.get(path, as: .member("alice")).status == .forbidden)
            #expect(try await app.client.get(path).status == .unauthorized)
        }
    }

    @Test("an admin is also a member")
    func adminIsMember() async throws {
        let app = try await TestApp()
        #expect(try await app.client.post("/todos", json: #"{"title":"mine"}"#, as: .admin).status == .created)
    }
}
