import Foundation
import Warrant

/// Todos kept in memory: a drop-in replacement for tests that swap the store out.
actor InMemoryTodoStore: TodoStore {
    private var todos: [OwnedTodo] = []
    private var nextID: Int64 = 1
    private var attachments: [Int64: (attachment: TodoAttachment, content: Data)] = [:]

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

    func update(_ id: Int64, with patch: TodoPatch, for proof: Proof<Member>) -> Todo? {
        guard let index = todos.firstIndex(where: { $0.owner == proof.subject && $0.todo.id == id }) else { return nil }
        if let title = patch.title { todos[index].todo.title = title }
        if let done = patch.done { todos[index].todo.done = done }
        return todos[index].todo
    }

    func delete(_ id: Int64, for proof: Proof<Member>) -> Bool {
        guard let index = todos.firstIndex(where: { $0.owner == proof.subject && $0.todo.id == id }) else { return false }
        todos.remove(at: index)
        attachments[id] = nil
        return true
    }

    func attach(_ attachment: TodoAttachment, content: Data, to id: Int64, for proof: Proof<Member>) -> TodoAttachment? {
        guard find(id, for: proof) != nil else { return nil }
        attachments[id] = (attachment, content)
        return attachment
    }

    func detach(from id: Int64, for proof: Proof<Member>) -> Bool {
        guard find(id, for: proof) != nil else { return false }
        return attachments.removeValue(forKey: id) != nil
    }

    func all(by proof: Proof<Admin>, limit: Int, offset: Int) -> [OwnedTodo] {
        Array(todos.dropFirst(offset).prefix(limit))
    }
}
