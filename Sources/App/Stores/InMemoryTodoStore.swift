import Foundation
import Warrant

/// Todos kept in memory (for tests and for trying the API without a database).
actor InMemoryTodoStore: TodoStore {
    private var todos: [OwnedTodo] = []
    private var nextID: Int64 = 1

    func create(_ todo: NewTodo, for proof: Proof<Member>) -> Todo {
        let created = Todo(id: nextID, title: todo.title, done: todo.done, createdAt: Date())
        nextID += 1
        todos.append(OwnedTodo(owner: proof.subject, todo: created))
        return created
    }

    func list(for proof: Proof<Member>, limit: Int, offset: Int) -> [Todo] {
        Array(todos.filter { $0.owner == proof.subject }.map(\.todo).dropFirst(offset).prefix(limit))
    }

    func find(_ id: Int64, for proof: Proof<Member>) -> Todo? {
        todos.first { $0.owner == proof.subject && $0.todo.id == id }?.todo
    }

    func all(by proof: Proof<Admin>, limit: Int, offset: Int) -> [OwnedTodo] {
        Array(todos.dropFirst(offset).prefix(limit))
    }
}
