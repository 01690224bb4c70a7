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
    func create(_ request: Request<Authorized<Member>>, todo: NewTodo) async -> Created<Todo> {
        let created = await store.create(todo, for: request.proof)
        return Created(created, location: "/todos/\(created.id)")
    }

    /// List your todos.
    ///
    /// Ordered by id, oldest first.
    /// - Parameters:
    ///   - limit: How many todos to return.
    ///   - offset: How many todos to skip.
    @GET("/todos")
    func list(_ request: Request<Authorized<Member>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async -> [Todo] {
        await store.list(for: request.proof, limit: limit, offset: offset)
    }

    /// Read one of your todos.
    /// - Parameter id: The todo's identifier.
    @GET("/todos/{id}")
    func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws(TodoError) -> Todo {
        guard let todo = await store.find(id, for: request.proof) else { throw .notFound }
        return todo
    }
}
