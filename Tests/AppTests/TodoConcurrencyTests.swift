import Foundation
import HTTPTypes
import Testing
@testable import App
import WarrantTesting

/// Todos' versions on a real database: `ETag` on every read and change, 304 for a version the client holds,
/// 412 for a stale `If-Match`, and one winner among concurrent changes naming the same version.
@Suite("Todos: ETag, If-None-Match, If-Match")
struct TodoConcurrencyTests {
    private static func fields(_ name: String, _ value: String) -> HTTPFields {
        var fields = HTTPFields()
        if let field = HTTPField.Name(name) { fields[field] = value }
        return fields
    }

    @Test("a read answers an ETag; If-None-Match with it is 304 without a body, until the todo changes")
    func notModified() async throws {
        let app = try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"Buy milk"}"#, as: .member("alice")).decode(Todo.self)
        let read = try await app.client.get("/todos/\(todo.id)", as: .member("alice")).expect(.ok)
        let etag = try #require(read.headers[.eTag])
        #expect(etag == #""r1""#)
        let again = try await app.client.get("/todos/\(todo.id)", as: .member("alice"), headers: Self.fields("If-None-Match", #"W/"x", \#(etag)"#))
        #expect(again.status == .notModified)
        #expect(again.body.readableBytes == 0)
        #expect(again.headers[.eTag] == etag)
        #expect(try await app.client.get("/todos/\(todo.id)", as: .member("alice"), headers: Self.fields("If-None-Match", "*")).status == .notModified)
        let changed = try await app.client.patch("/todos/\(todo.id)", json: #"{"done":true}"#, as: .member("alice")).expect(.ok)
        #expect(changed.headers[.eTag] == #""r2""#)
        let fresh = try await app.client.get("/todos/\(todo.id)", as: .member("alice"), headers: Self.fields("If-None-Match", etag)).expect(.ok)
        #expect(try fresh.decode(Todo.self).done)
        // A change that changes nothing keeps the version: the client's tag stays good.
        let noop = try await app.client.patch("/todos/\(todo.id)", json: "{}", as: .member("alice")).expect(.ok)
        #expect(noop.headers[.eTag] == #""r2""#)
        // Another member holding the tag learns nothing: still 404.
        #expect(try await app.client.get("/todos/\(todo.id)", as: .member("bob"), headers: Self.fields("If-None-Match", "*")).status == .notFound)
    }

    @Test("If-Match: the current version changes and deletes; a stale or weak one is 412 and changes nothing")
    func ifMatch() async throws {
        let app = try await TestApp()
        let created = try await app.client.post("/todos", json: #"{"title":"draft"}"#, as: .member("alice")).expect(.created)
        let todo = try created.decode(Todo.self)
        let path = "/todos/\(todo.id)"
        // The create's ETag is the first version's: a change can name it without reading the todo first.
        let createdTag = try #require(created.headers[.eTag])
        let first = try await app.client.patch(path, json: #"{"title":"v2"}"#, as: .member("alice"), headers: Self.fields("If-Match", createdTag)).expect(.ok)
        #expect(first.headers[.eTag] == #""r2""#)
        let stale = try await app.client.patch(path, json: #"{"title":"lost"}"#, as: .member("alice"), headers: Self.fields("If-Match", #""r1""#))
        #expect(stale.status == .preconditionFailed)
        #expect(stale.headers[.contentType] == "application/problem+json")
        #expect(try await app.client.patch(path, json: #"{"title":"lost"}"#, as: .member("alice"), headers: Self.fields("If-Match", #"W/"r2""#)).status == .preconditionFailed)
        #expect(try await app.client.patch(path, json: #"{"title":"lost"}"#, as: .member("alice"), headers: Self.fields("If-Match", #""abc""#)).status == .preconditionFailed)
        // An empty list names no version (RFC 9110 §5.6.1): nothing matches.
        #expect(try await app.client.patch(path, json: #"{"title":"lost"}"#, as: .member("alice"), headers: Self.fields("If-Match", "")).status == .preconditionFailed)
        #expect(try await app.client.get(path, as: .member("alice"), headers: Self.fields("If-None-Match", "")).status == .ok)
        #expect(try await app.client.get(path, as: .member("alice")).decode(Todo.self).title == "v2")
        // A list of tags matches any of them; `*` any existing version.
        #expect(try await app.client.patch(path, json: #"{"done":true}"#, as: .member("alice"), headers: Self.fields("If-Match", #""r9", "r2""#)).status == .ok)
        #expect(try await app.client.patch(path, json: #"{"done":false}"#, as: .member("alice"), headers: Self.fields("If-Match", "*")).status == .ok)
        #expect(try await app.client.delete(path, as: .member("alice"), headers: Self.fields("If-Match", #""r1""#)).status == .preconditionFailed)
        #expect(try await app.client.get(path, as: .member("alice")).status == .ok)
        #expect(try await app.client.delete(path, as: .member("alice"), headers: Self.fields("If-Match", #""r4""#)).status == .noContent)
        // Gone: 404, with or without a tag.
        #expect(try await app.client.patch(path, json: "{}", as: .member("alice"), headers: Self.fields("If-Match", "*")).status == .notFound)
        #expect(try await app.client.delete(path, as: .member("alice"), headers: Self.fields("If-Match", #""r4""#)).status == .notFound)
    }

    @Test("a malformed If-Match or If-None-Match is a 422 naming the header")
    func malformed() async throws {
        let app = try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"x"}"#, as: .member("alice")).decode(Todo.self)
        for value in ["r1", #""r1"#, #""a b""#, #""r1" "r2""#, #"W/ "r1""#] {
            let answer = try await app.client.patch("/todos/\(todo.id)", json: "{}", as: .member("alice"), headers: Self.fields("If-Match", value))
            answer.expectProblem(.unprocessableContent, parameters: ["If-Match"])
            try await app.client.get("/todos/\(todo.id)", as: .member("alice"), headers: Self.fields("If-None-Match", value))
                .expectProblem(.unprocessableContent, parameters: ["If-None-Match"])
        }
    }

    @Test("of 8 concurrent changes sent with the same ETag, exactly one succeeds; the rest are 412 (404 once deleted)", arguments: ["PATCH", "DELETE"])
    func concurrentWriters(method: String) async throws {
        let app = try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"contended"}"#, as: .member("alice")).decode(Todo.self)
        let client = app.client
        let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    let headers = Self.fields("If-Match", #""r1""#)
                    if method == "PATCH" {
                        return try await client.patch("/todos/\(todo.id)", json: #"{"title":"writer \#(writer)"}"#, as: .member("alice"), headers: headers).status
                    }
                    return try await client.delete("/todos/\(todo.id)", as: .member("alice"), headers: headers).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let winners = statuses.filter { $0.kind == .successful }
        #expect(winners.count == 1, "\(statuses)")
        if method == "PATCH" {
            #expect(statuses.filter { $0 == .preconditionFailed }.count == 7, "\(statuses)")
            let read = try await app.client.get("/todos/\(todo.id)", as: .member("alice")).expect(.ok)
            #expect(read.headers[.eTag] == #""r2""#, "one change, one new revision")
        } else {
            // RFC 9110 §13.2.1: preconditions are ignored where the answer without them is not a 2xx — a
            // deleted todo is 404 whatever tag the request names.
            #expect(statuses.filter { $0 == .notFound }.count == 7, "\(statuses)")
            #expect(try await app.client.get("/todos/\(todo.id)", as: .member("alice")).status == .notFound)
        }
    }

    @Test("the in-memory store keeps the same versions", arguments: [false, true])
    func inMemory(inMemory: Bool) async throws {
        let app = inMemory ? try await TestApp { $0.todos = InMemoryTodoStore() } : try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"a"}"#, as: .member("alice")).decode(Todo.self)
        let path = "/todos/\(todo.id)"
        #expect(try await app.client.get(path, as: .member("alice")).headers[.eTag] == #""r1""#)
        #expect(try await app.client.patch(path, json: "{}", as: .member("alice"), headers: Self.fields("If-Match", #""r1""#)).headers[.eTag] == #""r1""#)
        #expect(try await app.client.patch(path, json: #"{"title":"b"}"#, as: .member("alice"), headers: Self.fields("If-Match", #""r1""#)).headers[.eTag] == #""r2""#)
        #expect(try await app.client.delete(path, as: .member("alice"), headers: Self.fields("If-Match", #""r1""#)).status == .preconditionFailed)
        #expect(try await app.client.delete(path, as: .member("alice"), headers: Self.fields("If-Match", #""r2""#)).status == .noContent)
    }
}
