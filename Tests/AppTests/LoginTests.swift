import Foundation
import Testing
@testable import App
import Warrant
import WarrantCrypto
import WarrantTesting

/// `POST /auth/token`: the OAuth2 password grant, as a form and as JSON.
@Suite("Login")
struct LoginTests {
    private func seed(_ app: TestApp, email: String = "ada@example.com", password: String = "correct horse", roles: [String] = ["member"]) async throws -> UserAccounts.Account {
        let hash = try PasswordHasher.fastForTests.hash(password)
        let user = try await PostgresUserStore(database: app.pool).create(email: email, passwordHash: hash, roles: roles)
        return UserAccounts.Account(id: user.id)
    }

    @Test("the form (as the docs' Authorize dialog sends it) returns a bearer token that works")
    func formLogin() async throws {
        let app = try await TestApp()
        let account = try await seed(app)
        let response = try await app.client.post("/auth/token", form: [("grant_type", "password"), ("username", "Ada@Example.com"), ("password", "correct horse")])
        #expect(response.status == .ok)
        let token = try response.decode(TokenResponse.self)
        #expect(token.tokenType == "bearer")
        #expect(token.expiresIn == 3600)
        let me = try await app.client.get("/me", as: .token(token.accessToken))
        #expect(me.text.contains(#""id":"\#(account.id.uuidString.lowercased())""#))
        #expect(try await app.client.get("/todos", as: .token(token.accessToken)).status == .ok)
    }

    @Test("JSON works too, and the token carries the account's roles")
    func jsonLogin() async throws {
        let app = try await TestApp()
        _ = try await seed(app, email: "root@example.com", roles: ["admin"])
        let response = try await app.client.post("/auth/token", json: #"{"username":"root@example.com","password":"correct horse"}"#)
        let token = try response.decode(TokenResponse.self)
        #expect(try await app.client.get("/admin/users", as: .token(token.accessToken)).status == .ok)
    }

    @Test("a wrong password and an unknown account get the same 400 with OAuth2's invalid_grant")
    func uniformFailure() async throws {
        let app = try await TestApp()
        _ = try await seed(app)
        let wrong = try await app.client.post("/auth/token", form: [("username", "ada@example.com"), ("password", "nope")])
        let unknown = try await app.client.post("/auth/token", form: [("username", "eve@example.com"), ("password", "nope")])
        for response in [wrong, unknown] {
            #expect(response.status == .badRequest)
            let json = try response.json()
            #expect(json["error"] == .string("invalid_grant"))
            #expect(json["title"] == .string("Incorrect username or password."))
        }
        var normalizedWrong = try wrong.json()
        var normalizedUnknown = try unknown.json()
        if case .object(var object) = normalizedWrong { object["request_id"] = nil; normalizedWrong = .object(object) }
        if case .object(var object) = normalizedUnknown { object["request_id"] = nil; normalizedUnknown = .object(object) }
        #expect(normalizedWrong == normalizedUnknown)
    }

    @Test("repeated failures are slowed with 429 and Retry-After, for existing and unknown accounts alike")
    func throttling() async throws {
        let app = try await TestApp()
        _ = try await seed(app)
        for username in ["ada@example.com", "ghost@example.com"] {
            for _ in 0..<5 {
                #expect(try await app.client.post("/auth/token", form: [("username", username), ("password", "bad")]).status == .badRequest)
            }
            let throttled = try await app.client.post("/auth/token", form: [("username", username), ("password", "correct horse")])
            #expect(throttled.status == .tooManyRequests, "\(username)")
            #expect(Int(throttled.headers[.retryAfter] ?? "") ?? 0 >= 1)
        }
    }

    @Test("bad input: a wrong grant type, missing fields, an unsupported media type")
    func badInput() async throws {
        let app = try await TestApp()
        let grant = try await app.client.post("/auth/token", form: [("grant_type", "client_credentials"), ("username", "a"), ("password", "b")])
        #expect(grant.status == .unprocessableContent)
        #expect(try grant.problem().pointers == ["#/grant_type"])
        let missing = try await app.client.post("/auth/token", form: [("username", "a")])
        #expect(try missing.problem().pointers == ["#/password"])
        let text = try await app.client.send(.post, "/auth/token", headers: [.contentType: "text/plain"], body: .init(string: "x"))
        #expect(text.status == .unsupportedMediaType)
    }

    @Test("a hash with outdated parameters is upgraded at sign-in")
    func rehash() async throws {
        let app = try await TestApp({ $0.passwordHasher = PasswordHasher(opsLimit: 2, memLimit: 8192) })
        let account = try await seed(app)
        _ = try await app.client.post("/auth/token", form: [("username", "ada@example.com"), ("password", "correct horse")])
        let stored = try await PostgresUserStore(database: app.pool).credentials(forEmail: "ada@example.com")
        #expect(stored?.id == account.id)
        #expect(stored?.passwordHash.contains("t=2") == true)
    }

    @Test("a process without a signing key does not issue tokens: 503")
    func notIssuing() async throws {
        let app = try await TestApp({ $0.auth = AuthSettings(keyring: PublicKeyring($0.auth?.keyring.keys ?? []), secretKey: nil, issuer: "warrant-test") })
        let response = try await app.client.post("/auth/token", form: [("username", "a@b.c"), ("password", "whatever")])
        #expect(response.status == .serviceUnavailable)
    }
}
