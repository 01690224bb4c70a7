import Warrant

/// Todos: a member's own task list. Another member's todo is a 404, never a 403.
@Routes(tag: "todos")
struct TodoRoutes {
    let store: any TodoStore

    /// Create a todo.
    ///
    /// The new todo belongs to the caller. Its `ETag` lets you change it with `If-Match` without reading it first.
    /// - Parameter todo: The todo to create.
    /// - Returns: The created todo.
    @POST("/todos", idempotency: .optional)
    func create(_ request: Request<Authorized<Member>>, todo: NewTodo) async throws -> WithETag<Created<Todo>> {
        let created = try await store.create(todo, for: request.proof)
        return WithETag(Created(created.value, location: "/todos/\(created.value.id)"), etag: created.etag)
    }

    /// List your todos.
    ///
    /// Ordered by id, oldest first.
    /// - Parameters:
    ///   - limit: How many todos to return.
    ///   - offset: How many todos to skip.
    @GET("/todos")
    func list(_ request: Request<Authorized<Member>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [Todo] {
        try await store.list(for: request.proof, limit: limit, offset: offset)
    }

    /// Read one of your todos.
    ///
    /// The answer's `ETag` names this version: send it back as `If-None-Match` to get 304 while it is
    /// current, or as `If-Match` to change or delete only this version.
    /// - Parameters:
    ///   - id: The todo's identifier.
    ///   - ifNoneMatch: `ETag`s of versions you hold; when one is current the answer is 304 without a body.
    @GET("/todos/{id}", errors: TodoError.self)
    func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, ifNoneMatch: IfNoneMatch) async throws -> WithETag<Todo> {
        guard let found = try await store.find(id, for: request.proof) else { throw TodoError.notFound }
        return WithETag(found.value, etag: found.etag, unless: ifNoneMatch)
    }

    /// Change one of your todos.
    ///
    /// Members that are absent or `null` keep their value; `{}` changes nothing and returns the todo.
    /// With `If-Match`, the change is made only to that version: a stale `ETag` is answered 412, and of
    /// two changes sent with the same one, only the first succeeds.
    /// - Parameters:
    ///   - id: The todo's identifier.
    ///   - patch: The members to change.
    ///   - ifMatch: The `ETag` of the version you read; a stale one is answered 412.
    /// - Returns: The todo after the change.
    @PATCH("/todos/{id}", errors: TodoError.self)
    func update(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, patch: TodoPatch, ifMatch: IfMatch?) async throws -> WithETag<Todo> {
        switch try await store.update(id, with: patch, ifRevision: ifMatch?.revisions, for: request.proof) {
        case .written(let updated): return WithETag(updated.value, etag: updated.etag)
        case .notFound: throw TodoError.notFound
        case .stale: throw IfMatch.failed
        }
    }

    /// Delete one of your todos.
    ///
    /// With `If-Match`, only that version is deleted: a stale `ETag` is answered 412.
    /// - Parameters:
    ///   - id: The todo's identifier.
    ///   - ifMatch: The `ETag` of the version you read; a stale one is answered 412.
    @DELETE("/todos/{id}", errors: TodoError.self)
    func delete(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, ifMatch: IfMatch?) async throws -> NoContent {
        switch try await store.delete(id, ifRevision: ifMatch?.revisions, for: request.proof) {
        case .written: return NoContent()
        case .notFound: throw TodoError.notFound
        case .stale: throw IfMatch.failed
        }
    }
}
