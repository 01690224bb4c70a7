import Warrant

/// Todos: a member's own task list. Another member's todo is a 404, never a 403.
@Routes(tag: "todos")
struct TodoRoutes {
    let store: any TodoStore

    /// Create a todo.
    ///
    /// The new todo belongs to the caller.
    /// - Parameter todo: The todo to create.
    /// - Returns: The created todo.
    @POST("/todos")
    func create(_ request: Request<Authorized<Member>>, todo: NewTodo) async throws -> Created<Todo> {
        let created = try await store.create(todo, for: request.proof)
        return Created(created, location: "/todos/\(created.id)")
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
    /// - Parameter id: The todo's identifier.
    @GET("/todos/{id}", errors: TodoError.self)
    func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> Todo {
        guard let todo = try await store.find(id, for: request.proof) else { throw TodoError.notFound }
        return todo
    }

    /// Change one of your todos.
    ///
    /// Members that are absent or `null` keep their value; `{}` changes nothing and returns the todo.
    /// - Parameters:
    ///   - id: The todo's identifier.
    ///   - patch: The members to change.
    /// - Returns: The todo after the change.
    @PATCH("/todos/{id}", errors: TodoError.self)
    func update(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, patch: TodoPatch) async throws -> Todo {
        guard let todo = try await store.update(id, with: patch, for: request.proof) else { throw TodoError.notFound }
        return todo
    }

    /// Delete one of your todos.
    /// - Parameter id: The todo's identifier.
    @DELETE("/todos/{id}", errors: TodoError.self)
    func delete(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> NoContent {
        guard try await store.delete(id, for: request.proof) else { throw TodoError.notFound }
        return NoContent()
    }
}
