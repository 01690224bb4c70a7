import Foundation
import Warrant
import WarrantPostgres

/// Todos in PostgreSQL: one parameterised statement per operation, scoped by `owner = proof.subject`.
struct PostgresTodoStore: TodoStore {
    let database: any PostgresQueryable

    func create(_ todo: NewTodo, for proof: Proof<Member>) async throws -> Revised<Todo> {
        let rows = try await database.query("""
            INSERT INTO todos (owner, title, done) VALUES (\(proof.subject), \(todo.title), \(todo.done))
            RETURNING id, title, done, created_at, revision
            """, decoding: Revised<Todo>.self)
        guard let created = rows.first else { throw DatabaseError(kind: .other, diagnostics: .init(message: "INSERT returned no row")) }
        return created
    }

    func list(for proof: Proof<Member>, limit: Int, offset: Int) async throws -> [Todo] {
        try await database.query("""
            SELECT id, title, done, created_at FROM todos WHERE owner = \(proof.subject) ORDER BY id LIMIT \(limit) OFFSET \(offset)
            """, decoding: Todo.self)
    }

    func find(_ id: Int64, for proof: Proof<Member>) async throws -> Revised<Todo>? {
        try await database.queryFirst("""
            SELECT id, title, done, created_at, revision FROM todos WHERE id = \(id) AND owner = \(proof.subject)
            """, decoding: Revised<Todo>.self)
    }

    func update(_ id: Int64, with patch: TodoPatch, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Revised<Todo>> {
        // The revision check is in the statement that writes: of two updates naming the same revision, the
        // second finds the row changed once the first commits, and matches nothing. A change that alters
        // nothing keeps the revision, so the client's ETag stays valid.
        let updated = try await database.queryFirst("""
            UPDATE todos SET title = COALESCE(\(patch.title), title), done = COALESCE(\(patch.done), done),
                revision = revision + CASE WHEN (COALESCE(\(patch.title), title), COALESCE(\(patch.done), done)) = (title, done) THEN 0 ELSE 1 END
            WHERE id = \(id) AND owner = \(proof.subject) AND (\(revisions)::BIGINT[] IS NULL OR revision = ANY(\(revisions)::BIGINT[]))
            RETURNING id, title, done, created_at, revision
            """, decoding: Revised<Todo>.self)
        if let updated { return .written(updated) }
        return try await missed(id, for: proof, guarded: revisions != nil)
    }

    func delete(_ id: Int64, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Void> {
        let deleted = try await database.execute("""
            DELETE FROM todos WHERE id = \(id) AND owner = \(proof.subject)
                AND (\(revisions)::BIGINT[] IS NULL OR revision = ANY(\(revisions)::BIGINT[]))
            """)
        if deleted > 0 { return .written(()) }
        return try await missed(id, for: proof, guarded: revisions != nil)
    }

    /// Why a guarded write matched no row: the todo is not the subject's, or its revision moved on. The
    /// write itself was already decided atomically; this only names the answer.
    private func missed<Value>(_ id: Int64, for proof: Proof<Member>, guarded: Bool) async throws -> GuardedWrite<Value> {
        guard guarded else { return .notFound }
        let exists = try await database.queryFirst("SELECT id FROM todos WHERE id = \(id) AND owner = \(proof.subject)", decoding: TodoID.self)
        return exists == nil ? .notFound : .stale
    }

    func attach(_ attachment: TodoAttachment, content: Data, to id: Int64, for proof: Proof<Member>) async throws -> TodoAttachment? {
        // One statement: the todo must be the subject's, and a second upload replaces the first.
        try await database.queryFirst("""
            INSERT INTO todo_attachments (todo_id, filename, content_type, size, content)
            SELECT id, \(attachment.filename), \(attachment.contentType), \(attachment.size), \(content) FROM todos
            WHERE id = \(id) AND owner = \(proof.subject)
            ON CONFLICT (todo_id) DO UPDATE SET filename = EXCLUDED.filename, content_type = EXCLUDED.content_type,
                size = EXCLUDED.size, content = EXCLUDED.content, uploaded_at = now()
            RETURNING filename, content_type, size, uploaded_at
            """, decoding: TodoAttachment.self)
    }

    func detach(from id: Int64, for proof: Proof<Member>) async throws -> Bool {
        try await database.execute("""
            DELETE FROM todo_attachments a USING todos t WHERE a.todo_id = t.id AND t.id = \(id) AND t.owner = \(proof.subject)
            """) > 0
    }

    func all(by proof: Proof<Admin>, page: PageRequest) async throws -> [OwnedTodo] {
        // Keyset, not OFFSET: a page starts at a row's id, so rows inserted meanwhile never shift it.
        let rows: [OwnedRow]
        switch page.position {
        case .first:
            rows = try await database.query("""
                SELECT owner, id, title, done, created_at FROM todos ORDER BY id LIMIT \(page.fetchLimit)
                """, decoding: OwnedRow.self)
        case .after(let id):
            rows = try await database.query("""
                SELECT owner, id, title, done, created_at FROM todos WHERE id > \(id) ORDER BY id LIMIT \(page.fetchLimit)
                """, decoding: OwnedRow.self)
        case .before(let id):
            rows = try await database.query("""
                SELECT owner, id, title, done, created_at FROM todos WHERE id < \(id) ORDER BY id DESC LIMIT \(page.fetchLimit)
                """, decoding: OwnedRow.self)
        }
        return rows.map { OwnedTodo(owner: $0.owner, todo: Todo(id: $0.id, title: $0.title, done: $0.done, createdAt: $0.createdAt)) }
    }

    /// A todo's id alone.
    @Row
    fileprivate struct TodoID: Decodable {
        var id: Int64
    }

    /// A todo row with its owner column.
    @Row
    fileprivate struct OwnedRow: Decodable {
        var owner: String
        var id: Int64
        var title: String
        var done: Bool
        var createdAt: Date

        enum CodingKeys: String, CodingKey {
            case owner, id, title, done
            case createdAt = "created_at"
        }
    }
}
