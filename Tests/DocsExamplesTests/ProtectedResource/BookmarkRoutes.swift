import Warrant

// Step 4: the routes. The request types are the access rules.

/// Bookmarks: a member's saved links.
@Routes(tag: "bookmarks")
struct BookmarkRoutes {
    let store: BookmarkStore

    /// Save a link.
    /// - Parameter bookmark: The link to save.
    @POST("/bookmarks")
    func create(_ request: Request<Authorized<Member>>, bookmark: NewBookmark) async throws -> Created<Bookmark> {
        guard let saved = try await store.create(bookmark, for: request.proof) else { throw Problem(status: .internalServerError) }
        return Created(saved, location: "/bookmarks/\(saved.id)")
    }

    /// Read one of your bookmarks.
    /// - Parameter id: The bookmark's id.
    @GET("/bookmarks/{id}", errors: BookmarkError.self)
    func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> Bookmark {
        guard let bookmark = try await store.find(id, for: request.proof) else { throw BookmarkError.notFound }
        return bookmark
    }

    /// Delete every bookmark.
    @DELETE("/bookmarks")
    func purge(_ request: Request<Authorized<Admin>>) async throws -> NoContent {
        _ = try await store.purge(by: request.proof)
        return NoContent()
    }
}
