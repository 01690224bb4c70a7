import Foundation
import Testing
@testable import App
import Warrant
import WarrantCrypto
import WarrantPostgres
import WarrantTesting

/// The testing kit itself: transports, isolation, overrides.
@Suite("Testing kit")
struct TestingKitTests {
    @Test("the same test runs in-process and over a real socket", arguments: [false, true])
    func transports(live: Bool) async throws {
        let app = try await TestApp(live: live)
        let created = try await app.client.post("/todos", json: #"{"title":"over the wire"}"#, as: .member("alice")).expect(.created)
        try await app.client.get(created.headers[.location] ?? "", as: .member("alice")).expect(.ok)
        try await app.client.get("/todos", as: .member("bob")).expect(.ok)
        try await app.client.get("/todos/0", as: .member("alice")).expectProblem(.unprocessableContent, parameters: ["id"])
    }

    @Test("tests in parallel each see only their own rows")
    func isolation() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for count in 1...6 {
                group.addTask {
                    let app = try await TestApp()
                    for index in 0..<count {
                        _ = try await app.client.post("/todos", json: #"{"title":"todo \#(index)"}"#, as: .member("alice")).expect(.created)
                    }
                    let todos = try await app.client.get("/todos?limit=100", as: .member("alice")).decode([Todo].self)
                    #expect(todos.count == count, "rows of a parallel test leaked in")
                    return todos.count
                }
            }
            let total = try await group.reduce(0, +)
            #expect(total == 21)
        }
    }

    @Test("a dependency swapped for one test: an in-memory store leaves the database untouched")
    func storeOverride() async throws {
        let app = try await TestApp { $0.todos = InMemoryTodoStore() }
        try await app.client.post("/todos", json: #"{"title":"in memory"}"#, as: .member()).expect(.created)
        #expect(try await app.pool.queryValue("SELECT count(*)::bigint FROM todos", as: Int64.self) == 0)
    }

    @Test("the clock swapped for one test: tokens expire when it moves past their lifetime")
    func clockOverride() async throws {
        let clock = TestClock()
        let app = try await TestApp { $0.now = clock.now }
        try await app.client.get("/todos", as: .member()).expect(.ok)
        let token = try #require(app.client.tokens).mint(subject: "alice", roles: ["member"]).value
        clock.advance(by: 3601)
        try await app.client.get("/todos", as: .token(token)).expectProblem(.unauthorized)
    }

    @Test("the token lifetime swapped for one test")
    func lifetimeOverride() async throws {
        let keys = try TestKeys()
        let app = try await TestApp { $0.auth = keys.authSettings(tokenLifetime: 60) }
        let hash = try PasswordHasher.fastForTests.hash("long enough")
        _ = try await PostgresUserStore(database: app.pool).create(email: "t@example.com", passwordHash: hash, roles: ["member"])
        let token = try await app.client.post("/auth/token", form: [("username", "t@example.com"), ("password", "long enough")])
        #expect(try token.decode(TokenResponse.self).expiresIn == 60)
    }
}
