import Foundation

/// Todos kept in memory.
actor InMemoryTodoStore: TodoStore {
    private var todos: [(owner: String, todo: Todo)] = []
    private var nextID: Int64 = 1

    func create(_ todo: NewTodo, owner: String) -> Todo {
        let created = Todo(id: nextID, title: todo.title, done: todo.done, createdAt: Date())
        nextID += 1
        todos.append((owner, created))
        return created
    }

    func list(owner: String, limit: Int, offset: Int) -> [Todo] {
        Array(todos.filter { $0.owner == owner }.map(\.todo).dropFirst(offset).prefix(limit))
    }

    func find(_ id: Int64, owner: String) -> Todo? {
        todos.first { $0.owner == owner && $0.todo.id == id }?.todo
    }
}
