import Foundation
import Warrant

/// Administration: operations only admins may call.
@Routes(tag: "admin")
struct AdminRoutes {
    let todos: any TodoStore
    let users: any UserStore
    let apiKeys: any APIKeyStore

    /// List every todo of every member.
    ///
    /// The store's `all(by:)` demands an admin proof, so this cannot be exposed on a member route by mistake.
    /// Pages are by id and follow cursors (`next`, `prev`, and the `Link` header): rows added while you page
    /// never shift a page, as they would with an offset.
    /// - Parameter page: The `cursor` of a page you read, and how many todos a page holds.
    @GET("/admin/todos")
    func allTodos(_ request: Request<Authorized<Admin>>, page: PageRequest) async throws -> Page<OwnedTodo> {
        Page(try await todos.all(by: request.proof, page: page), for: page, key: \.todo.id)
    }

    /// List every user.
    /// - Parameters:
    ///   - limit: How many users to return.
    ///   - offset: How many users to skip.
    @GET("/admin/users")
    func allUsers(_ request: Request<Authorized<Admin>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [User] {
        try await users.all(by: request.proof, limit: limit, offset: offset)
    }

    /// List the API keys.
    ///
    /// Newest first, with their names, prefixes, roles and last use — never a key's secret, which only its
    /// creator saw, once (`api key create`).
    /// - Parameters:
    ///   - limit: How many keys to return.
    ///   - offset: How many keys to skip.
    @GET("/admin/api-keys")
    func allAPIKeys(_ request: Request<Authorized<Admin>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [APIKeyRecord] {
        try await apiKeys.all(by: request.proof, limit: limit, offset: offset)
    }

    /// Revoke an API key.
    ///
    /// The key is refused from the next request on, on every instance; revoking it again changes nothing.
    /// - Parameter id: The key's id.
    @DELETE("/admin/api-keys/{id}", errors: APIKeyError.self)
    func revokeAPIKey(_ request: Request<Authorized<Admin>>, id: UUID) async throws -> NoContent {
        guard try await apiKeys.revoke(id, by: request.proof) else { throw APIKeyError.notFound }
        return NoContent()
    }
}
