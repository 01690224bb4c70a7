import Warrant

/// Todos: a member's own task list.
@Routes(tag: "todos")
struct TodoRoutes {
    let store: any TodoStore

    /// Create a todo.
    ///
    /// The new todo belongs to the caller.
    /// - Parameter todo: The todo to create.
    @POST("/todos")
    func create(_ request: Request<Unauthenticated>, todo: NewTodo) async throws -> Created<Todo> {
        let created = await store.create(todo, owner: "anyone")
        return Created(created, location: "/todos/\(created.id)")
    }

    /// List todos.
    ///
    /// Ordered by id, oldest first.
    /// - Parameters:
    ///   - limit: How many todos to return.
    ///   - offset: How many todos to skip.
    @GET("/todos")
    func list(_ request: Request<Unauthenticated>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async -> [Todo] {
        await store.list(owner: "anyone", limit: limit, offset: offset)
    }

    /// Read one todo.
    /// - Parameter id: The todo's identifier.
    @GET("/todos/{id}")
    func read(_ request: Request<Unauthenticated>, @Path(1...) id: Int64) async throws(TodoError) -> Todo {
        guard let todo = await store.find(id, owner: "anyone") else { throw .notFound }
        return todo
    }
}
