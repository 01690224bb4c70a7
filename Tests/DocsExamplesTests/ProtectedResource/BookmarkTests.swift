import Testing
import Warrant
import WarrantPostgres
import WarrantTesting

// Step 6: the tests. (In the template, `TestApp` in Tests/AppTests/Support does the first four lines.)

@Suite("Bookmarks, added end to end")
struct BookmarkTests {
    let client: TestClient
    let pool: PostgresPool

    init() async throws {
        let url = try await TestDatabases.shared.fresh(migratedWith: Migrator(migrations: [createBookmarks]))
        let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: url, poolSize: 2))
        let keys = try TestKeys()
        let api = API(info: APIInfo(title: "Bookmarks", version: "1"), gate: AccessGate(verifier: keys.authSettings().tokenVerifier(), roles: [Admin.self])) { routes in
            routes.include(BookmarkRoutes(store: BookmarkStore(database: pool)))
        }
        self.pool = pool
        client = try TestClient(api: api, tokens: keys.issuer())
    }

    @Test func membersSaveAndReadTheirBookmarks() async throws {
        let saved = try await client.post("/bookmarks", json: #"{"url":"https://swift.org","title":"Swift"}"#, as: .member("ada")).expect(.created).decode(Bookmark.self)
        try await client.get("/bookmarks/\(saved.id)", as: .member("ada")).expect(.ok)
        try await client.get("/bookmarks/\(saved.id)", as: .member("bob")).expectProblem(.notFound)
    }

    @Test func linksAreValidated() async throws {
        try await client.post("/bookmarks", json: #"{"url":"ftp://x","title":""}"#, as: .member()).expectProblem(.unprocessableContent, pointers: ["#/url", "#/title"])
    }

    @Test func onlyAdminsPurge() async throws {
        try await client.delete("/bookmarks", as: .member()).expectProblem(.forbidden)
        try await client.delete("/bookmarks", as: .admin).expect(.noContent)
        try await client.delete("/bookmarks").expectProblem(.unauthorized)
    }
}
