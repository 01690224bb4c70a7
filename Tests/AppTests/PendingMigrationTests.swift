import Foundation
import HTTPTypes
import Testing
@testable import App
import WarrantPostgres
import WarrantTesting

/// Against a database the app's migrations have not reached, the server says so: never a 500 per request.
@Suite("Pending migrations")
struct PendingMigrationTests {
    @Test("never migrated: /health/ready is 503 naming every pending version; sign-in and todos answer 503, not 500")
    func neverMigrated() async throws {
        let app = try await TestApp(migrations: Migrator(migrations: []))
        let ready = try await app.client.get("/health/ready")
        #expect(ready.status == .serviceUnavailable)
        let versions = AppMigrations.all.map { String($0.version) }.joined(separator: ", ")
        #expect(try ready.problem().detail == "Not ready: migrations: migrations pending: versions \(versions); run `api migrate`.")
        let login = try await app.client.post("/auth/token", form: [("username", "member@example.com"), ("password", "a long password")])
        #expect(login.status == .serviceUnavailable)
        #expect(try login.problem().detail == "The database is not migrated to this version of the API yet; retry after its migrations are applied.")
        #expect(try await app.client.get("/todos", as: .member()).status == .serviceUnavailable)
        #expect(try await app.client.get("/health/live").status == .ok)
    }

    @Test("one migration behind: only the missing version is named")
    func oneBehind() async throws {
        let app = try await TestApp(migrations: Migrator(migrations: Array(AppMigrations.all.dropLast())))
        let ready = try await app.client.get("/health/ready")
        #expect(ready.status == .serviceUnavailable)
        let last = try #require(AppMigrations.all.last)
        #expect(try ready.problem().detail?.contains("migrations pending: versions \(last.version);") == true)
    }

    @Test("migrated: ready")
    func migrated() async throws {
        let app = try await TestApp()
        #expect(try await app.client.get("/health/ready").status == .ok)
    }
}
