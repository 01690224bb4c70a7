import Foundation
import HTTPTypes
import Testing
@testable import App
import WarrantPostgres
import WarrantTesting

/// When the database cannot be reached, database-backed routes answer 503 problems, documented on every operation.
@Suite("Database outage")
struct DatabaseOutageTests {
    @Test("an unreachable database is a 503 with Retry-After, and the process keeps serving")
    func unreachable() async throws {
        let unreachable = PostgresPool(configuration: PostgresConfiguration(
            connectionString: "postgresql://postgres@127.0.0.1:1/none?connect_timeout=1",
            poolSize: 1,
            acquireTimeout: .seconds(2)
        ))
        let app = try await TestApp { $0.todos = PostgresTodoStore(database: unreachable) }
        let response = try await app.client.get("/todos", as: .member())
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "1")
        #expect(try response.problem().detail == "The database is unavailable or busy; retry shortly.")
        #expect(try await app.client.get("/me", as: .member()).status == .ok)
        await unreachable.close()
    }

    @Test("a rate limit counted in an unreachable database is a 503 with Retry-After, not a free pass")
    func rateLimitStoreUnreachable() async throws {
        let unreachable = Self.unreachablePool()
        let app = try await TestApp { $0.rateLimitStore = PostgresRateLimitStore(database: unreachable) }
        let response = try await app.client.post("/auth/token", form: [("username", "ada@example.com"), ("password", "wrong")])
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "1")
        #expect(try await app.client.get("/me", as: .member()).status == .ok)
        await unreachable.close()
    }

    @Test("an Idempotency-Key claimed in an unreachable database is a 503: the handler does not run unguarded")
    func idempotencyStoreUnreachable() async throws {
        let unreachable = Self.unreachablePool()
        let todos = InMemoryTodoStore()
        let app = try await TestApp {
            $0.idempotencyStore = PostgresIdempotencyStore(pool: unreachable)
            $0.todos = todos
        }
        let headers: HTTPFields = [HTTPField.Name("Idempotency-Key")!: "k-1"]
        let response = try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("alice"), headers: headers)
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "1")
        #expect(try await app.client.get("/todos", as: .member("alice")).expect(.ok).decode([Todo].self).isEmpty)
        // Without a key the route does not touch the store.
        try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("alice")).expect(.created)
        await unreachable.close()
    }

    private static func unreachablePool() -> PostgresPool {
        PostgresPool(configuration: PostgresConfiguration(
            connectionString: "postgresql://postgres@127.0.0.1:1/none?connect_timeout=1",
            poolSize: 1,
            acquireTimeout: .seconds(2)
        ))
    }

    @Test("503 is documented on every operation")
    func documented() throws {
        let document = try JSONSerialization.jsonObject(with: Data(AppAPI.make().specification().jsonText.utf8)) as? [String: Any]
        let paths = document?["paths"] as? [String: [String: [String: Any]]] ?? [:]
        for (path, item) in paths {
            for (method, operation) in item {
                #expect((operation["responses"] as? [String: Any])?["503"] != nil, "\(method) \(path)")
            }
        }
    }
}
