import Foundation
import Testing
@testable import App
import Warrant
import WarrantTesting

// docs/08-testing.md: each test here sits beside its pytest equivalent in the guide.

@Suite("Testing guide examples")
struct TestingGuideExamples {
    @Test func createTodo() async throws {
        let app = try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"Buy milk"}"#, as: .member()).expect(.created).decode(Todo.self)
        #expect(todo.title == "Buy milk" && todo.done == false)
    }

    @Test func todosNeedAToken() async throws {
        let app = try await TestApp()
        try await app.client.get("/todos").expectProblem(.unauthorized)
    }

    @Test func adminRoutesNeedTheAdminRole() async throws {
        let app = try await TestApp()
        try await app.client.get("/admin/todos", as: .member()).expectProblem(.forbidden)
    }

    @Test func anotherMembersTodoIsNotFound() async throws {
        let app = try await TestApp()
        let todo = try await app.client.post("/todos", json: #"{"title":"mine"}"#, as: .member("alice")).decode(Todo.self)
        try await app.client.get("/todos/\(todo.id)", as: .member("bob")).expectProblem(.notFound)
    }

    @Test func invalidBodiesListEveryViolation() async throws {
        let app = try await TestApp()
        try await app.client.post("/todos", json: #"{"title":"","done":"yes"}"#, as: .member()).expectProblem(.unprocessableContent, pointers: ["#/title", "#/done"])
    }

    @Test func overrideTheStore() async throws {
        let app = try await TestApp { $0.todos = InMemoryTodoStore() }
        try await app.client.post("/todos", json: #"{"title":"never stored"}"#, as: .member()).expect(.created)
    }
}
