import Warrant

/// Administration: operations only admins may call.
@Routes(tag: "admin")
struct AdminRoutes {
    let store: any TodoStore

    /// List every todo of every member.
    ///
    /// The store's `all(by:)` demands an admin proof, so this cannot be exposed on a member route by mistake.
    /// - Parameters:
    ///   - limit: How many todos to return.
    ///   - offset: How many todos to skip.
    @GET("/admin/todos")
    func allTodos(_ request: Request<Authorized<Admin>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async -> [OwnedTodo] {
        await store.all(by: request.proof, limit: limit, offset: offset)
    }
}
