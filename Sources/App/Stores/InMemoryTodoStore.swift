import Foundation
import Warrant

/// Todos kept in memory: a drop-in replacement for tests that swap the store out.
actor InMemoryTodoStore: TodoStore {
    private var todos: [OwnedTodo] = []
    private var nextID: Int64 = 1
    private var attachments: [Int64: (attachment: TodoAttachment, content: Data)] = [:]
    private var revisions: [Int64: Int64] = [:]

    func create(_ todo: NewTodo, for proof: Proof<Member>) -> Revised<Todo> {
        let created = Todo(id: nextID, title: todo.title, done: todo.done, createdAt: Date())
        nextID += 1
        revisions[created.id] = 1
        todos.append(OwnedTodo(owner: proof.subject, todo: created))
        return Revised(created, revision: 1)
    }

    func list(for proof: Proof<Member>, limit: Int, offset: Int) -> [Todo] {
        Array(todos.filter { $0.owner == proof.subject }.map(\.todo).dropFirst(offset).prefix(limit))
    }

    func find(_ id: Int64, for proof: Proof<Member>) -> Revised<Todo>? {
        guard let todo = todos.first(where: { $0.owner == proof.subject && $0.todo.id == id })?.todo else { return nil }
        return Revised(todo, revision: revisions[id, default: 1])
    }

    func update(_ id: Int64, with patch: TodoPatch, ifRevision allowed: [Int64]?, for proof: Proof<Member>) -> GuardedWrite<Revised<Todo>> {
        guard let index = todos.firstIndex(where: { $0.owner == proof.subject && $0.todo.id == id }) else { return .notFound }
        let revision = revisions[id, default: 1]
        if let allowed, !allowed.contains(revision) { return .stale }
        let before = todos[index].todo
        if let title = patch.title { todos[index].todo.title = title }
        if let done = patch.done { todos[index].todo.done = done }
        if todos[index].todo != before { revisions[id] = revision + 1 }
        return .written(Revised(todos[index].todo, revision: revisions[id, default: 1]))
    }

    func delete(_ id: Int64, ifRevision allowed: [Int64]?, for proof: Proof<Member>) -> GuardedWrite<Void> {
        guard let index = todos.firstIndex(where: { $0.owner == proof.subject && $0.todo.id == id }) else { return .notFound }
        if let allowed, !allowed.contains(revisions[id, default: 1]) { return .stale }
        todos.remove(at: index)
        attachments[id] = nil
        revisions[id] = nil
        return .written(())
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

    func all(by proof: Proof<Admin>, page: PageRequest) -> [OwnedTodo] {
        switch page.position {
        case .first: return Array(todos.prefix(page.fetchLimit))
        case .after(let id): return Array(todos.filter { $0.todo.id > id }.prefix(page.fetchLimit))
        case .before(let id): return Array(todos.filter { $0.todo.id < id }.reversed().prefix(page.fetchLimit))
        }
    }
}
