import Warrant

/// Administration: operations only admins may call.
@Routes(tag: "admin")
struct AdminRoutes {
    let todos: any TodoStore
    let users: any UserStore

    /// List every todo of every member.
    ///
    /// The store's `all(by:)` demands an admin proof, so this cannot be exposed on a member route by mistake.
    /// - Parameters:
    ///   - limit: How many todos to return.
    ///   - offset: How many todos to skip.
    @GET("/admin/todos")
    func allTodos(_ request: Request<Authorized<Admin>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [OwnedTodo] {
        try await todos.all(by: request.proof, limit: limit, offset: offset)
    }

    /// List every user.
    /// - Parameters:
    ///   - limit: How many users to return.
    ///   - offset: How many users to skip.
    @GET("/admin/users")
    func allUsers(_ request: Request<Authorized<Admin>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [User] {
        try await users.all(by: request.proof, limit: limit, offset: offset)
    }
}
