import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import App
import Warrant
import WarrantCrypto
import WarrantTesting

/// Hostile input gets a clear 4xx and changes nothing; nothing reaches SQL except as a bound value.
@Suite("Hostile input")
struct HostileInputTests {
    static let injections = [
        "'; DROP TABLE todos; --", "\" OR \"1\"=\"1", "1; SELECT pg_sleep(5)", "$1", "\\x00\\'", "%27%20OR%201%3D1", "ʼ OR 1=1 --",
    ]

    private func json(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return writer.text
    }

    @Test("injection strings in the body, the owner and the login fields are stored or refused literally", arguments: injections)
    func injectionInFields(_ hostile: String) async throws {
        let app = try await TestApp()
        let created = try await app.client.post("/todos", json: #"{"title":\#(json(hostile))}"#, as: .member(hostile)).expect(.created)
        let todo = try created.decode(Todo.self)
        #expect(todo.title == hostile)
        #expect(try await app.client.get("/todos", as: .member(hostile)).decode([Todo].self).map(\.title) == [hostile])
        try await app.client.patch("/todos/\(todo.id)", json: #"{"title":\#(json(hostile + "!"))}"#, as: .member(hostile)).expect(.ok)
        try await app.client.post("/auth/token", form: [("username", hostile), ("password", hostile)]).expectProblem(.badRequest)
        #expect(try await app.pool.queryValue("SELECT count(*)::bigint FROM todos", as: Int64.self) == 1)
    }

    @Test("injection strings in the path and the query are 4xx problems", arguments: injections)
    func injectionInParameters(_ hostile: String) async throws {
        let app = try await TestApp()
        let escaped = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "x"
        let path = try await app.client.get("/todos/\(escaped)", as: .member())
        #expect(path.status.kind == .clientError)
        try await app.client.get("/todos?limit=\(escaped)", as: .member()).expectProblem(.unprocessableContent, parameters: ["limit"])
    }

    @Test("malformed, deeply nested, invalid UTF-8, duplicate-key and huge-number bodies are 422 problems")
    func malformedBodies() async throws {
        let app = try await TestApp()
        let bodies: [ByteBuffer] = [
            ByteBuffer(string: String(repeating: "[", count: 100_000)),
            ByteBuffer(string: #"{"title":"x","title":"y"}"#),
            ByteBuffer(bytes: Array(#"{"title":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)),
            ByteBuffer(string: #"{"title":"x","done":1e999999}"#),
            ByteBuffer(string: #"{"title":"x","done":123456789012345678901234567890}"#),
            ByteBuffer(string: "\u{FEFF}{\"title\":\"x\"}"),
            ByteBuffer(string: #"{"title":"\ud800"}"#),
        ]
        for body in bodies {
            let response = try await app.client.send(.post, "/todos", as: .member(), headers: [.contentType: "application/json"], body: body)
            response.expectProblem(.unprocessableContent)
        }
        #expect(try await app.pool.queryValue("SELECT count(*)::bigint FROM todos", as: Int64.self) == 0)
    }

    @Test("a body over the limit is 413 before it is read in full")
    func oversizedBody() async throws {
        let app = try await TestApp()
        let huge = #"{"title":""# + String(repeating: "a", count: 2 << 20) + #""}"#
        try await app.client.post("/todos", json: huge, as: .member()).expectProblem(.contentTooLarge)
    }

    @Test("an oversized or garbage token is 401, never a crash")
    func hostileTokens() async throws {
        let app = try await TestApp()
        for token in [String(repeating: "v4.public.", count: 1000), "v4.public." + String(repeating: "A", count: 20_000), "v4.public.%00%ff", "v4.public..", "v4.public.AAAA.AAAA"] {
            try await app.client.get("/todos", as: .token(token)).expectProblem(.unauthorized)
        }
    }

    @Test("a request id that would inject a header or a log line is replaced")
    func headerInjection() async throws {
        let app = try await TestApp()
        let name = HTTPField.Name("X-Request-Id")!
        let response = try await app.client.get("/me", as: .member(), headers: [name: "abc %0d%0aSet-Cookie: x=1"])
        #expect(response.headers[name]?.contains("Set-Cookie") == false)
        #expect(response.headers[.setCookie] == nil)
    }

    @Test("path traversal in the docs assets finds nothing")
    func traversal() async throws {
        let app = try await TestApp()
        for path in ["/docs/assets/../../etc/passwd", "/docs/assets/%2e%2e/%2e%2e/etc/passwd", "/docs/../Package.swift", "/docs/assets/..%2f..%2fPackage.swift"] {
            let response = try await app.client.get(path)
            #expect(response.status == .notFound, "\(path)")
            #expect(!response.text.contains("root:"))
        }
    }
}
