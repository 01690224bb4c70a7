import Foundation
import Testing
@testable import App
import WarrantTesting

/// The todos resource exactly as the benchmark contract (bench/CONTRACT.md) states it, on a real database.
@Suite("Todos contract")
struct TodoContractTests {
    @Test("create: 201 with the todo, done defaulting to false, exactly the contract's keys")
    func create() async throws {
        let app = try await TestApp()
        let response = try await app.client.post("/todos", json: #"{"title":"Buy milk"}"#, as: .member("alice"))
        #expect(response.status == .created)
        guard case .object(let todo) = try response.json() else { Issue.record("not an object"); return }
        #expect(Set(todo.keys) == ["id", "title", "done", "created_at"])
        #expect(todo["title"] == .string("Buy milk"))
        #expect(todo["done"] == .bool(false))
        #expect(response.headers[.location] == "/todos/\(todo["id"]?.description ?? "")")
    }

    @Test("read, list (yours only, by id, paged), update, delete")
    func lifecycle() async throws {
        let app = try await TestApp()
        for title in ["one", "two", "three"] {
            _ = try await app.client.post("/todos", json: #"{"title":"\#(title)"}"#, as: .member("alice"))
        }
        _ = try await app.client.post("/todos", json: #"{"title":"bob's","done":true}"#, as: .member("bob"))
        let all = try await app.client.get("/todos", as: .member("alice")).decode([Todo].self)
        #expect(all.map(\.title) == ["one", "two", "three"])
        let page = try await app.client.get("/todos?limit=1&offset=1", as: .member("alice")).decode([Todo].self)
        #expect(page.map(\.title) == ["two"])
        let id = all[0].id
        #expect(try await app.client.get("/todos/\(id)", as: .member("alice")).decode(Todo.self).title == "one")
        let renamed = try await app.client.patch("/todos/\(id)", json: #"{"title":"uno"}"#, as: .member("alice")).decode(Todo.self)
        #expect(renamed.title == "uno" && renamed.done == false)
        let done = try await app.client.patch("/todos/\(id)", json: #"{"done":true,"title":null}"#, as: .member("alice")).decode(Todo.self)
        #expect(done.title == "uno" && done.done == true)
        let unchanged = try await app.client.patch("/todos/\(id)", json: "{}", as: .member("alice")).decode(Todo.self)
        #expect(unchanged == done)
        let deleted = try await app.client.delete("/todos/\(id)", as: .member("alice"))
        #expect(deleted.status == .noContent)
        #expect(deleted.body.readableBytes == 0)
        #expect(try await app.client.get("/todos/\(id)", as: .member("alice")).status == .notFound)
    }

    @Test("another member's todo is 404 for read, update and delete — and is left untouched")
    func otherMembers() async throws {
        let app = try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"private"}"#, as: .member("alice")).decode(Todo.self)
        #expect(try await app.client.get("/todos/\(todo.id)", as: .member("bob")).status == .notFound)
        #expect(try await app.client.patch("/todos/\(todo.id)", json: #"{"title":"hacked"}"#, as: .member("bob")).status == .notFound)
        #expect(try await app.client.delete("/todos/\(todo.id)", as: .member("bob")).status == .notFound)
        #expect(try await app.client.get("/todos", as: .member("bob")).text == "[]")
        #expect(try await app.client.get("/todos/\(todo.id)", as: .member("alice")).decode(Todo.self).title == "private")
    }

    @Test("invalid bodies are 422: malformed, not an object, missing title, wrong types, bad lengths")
    func invalidBodies() async throws {
        let app = try await TestApp()
        let cases = [
            "{", "[]", "{}", #"{"title":5}"#, #"{"title":"x","done":"yes"}"#, #"{"title":""}"#,
            #"{"title":"\#(String(repeating: "a", count: 201))"}"#,
        ]
        for body in cases {
            #expect(try await app.client.post("/todos", json: body, as: .member()).status == .unprocessableContent, "\(body)")
        }
        let exactly200 = String(repeating: "é", count: 200)
        #expect(try await app.client.post("/todos", json: #"{"title":"\#(exactly200)"}"#, as: .member()).status == .created)
        let created = try await app.client.post("/todos", json: #"{"title":"ok","extra":1}"#, as: .member()).decode(Todo.self)
        for body in [#"{"title":""}"#, #"{"done":"no"}"#, "[1]"] {
            #expect(try await app.client.patch("/todos/\(created.id)", json: body, as: .member()).status == .unprocessableContent, "\(body)")
        }
    }

    @Test("limit 1…100 and offset ≥ 0; non-integers and out-of-range ids are 4xx, never 5xx")
    func parameters() async throws {
        let app = try await TestApp()
        for query in ["limit=0", "limit=101", "limit=x", "offset=-1", "offset=1.5"] {
            #expect(try await app.client.get("/todos?\(query)", as: .member()).status == .unprocessableContent, "\(query)")
        }
        #expect(try await app.client.get("/todos?limit=100", as: .member()).status == .ok)
        for id in ["0", "-1", "abc", "9223372036854775808", "1.5"] {
            let status = try await app.client.get("/todos/\(id)", as: .member()).status
            #expect(status.kind == .clientError, "\(id) → \(status)")
        }
        #expect(try await app.client.get("/todos/9223372036854775807", as: .member()).status == .notFound)
    }

    @Test("SQL injection strings are stored and returned literally")
    func injection() async throws {
        let app = try await TestApp()
        let hostile = #"'); DROP TABLE todos; -- \" \\ 💥"#
        let json = #"{"title":"\#(hostile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"}"#
        let created = try await app.client.post("/todos", json: json, as: .member("x' OR '1'='1"))
        #expect(created.status == .created)
        let todos = try await app.client.get("/todos", as: .member("x' OR '1'='1")).decode([Todo].self)
        #expect(todos.map(\.title) == [hostile])
        #expect(try await app.client.get("/todos", as: .member("x")).text == "[]")
    }

    @Test("without a token 401, without the member role 403")
    func access() async throws {
        let app = try await TestApp()
        #expect(try await app.client.get("/todos").status == .unauthorized)
        #expect(try await app.client.post("/todos", json: #"{"title":"x"}"#, as: .subject("g", roles: ["guest"])).status == .forbidden)
    }
}
