/// `<Type>Routes.swift`: the member routes and the admin listing; access is each handler's request type.
enum RoutesTemplate {
    static func typeName(_ resource: ResourceName) -> String { "\(resource.typeName)Routes" }

    static func file(_ resource: ResourceName) -> PlannedFile {
        let type = resource.typeName
        let one = resource.singularPhrase
        let many = resource.pluralPhrase
        let path = resource.path
        let error = ErrorTemplate.typeName(resource)
        let input = resource.singularIdentifier
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Warrant

            /// \#(many.capitalizedFirst): a member's own. Another member's \#(one) is a 404, never a 403; admins list everyone's.
            @Routes(tag: "\#(resource.tag)")
            struct \#(typeName(resource)) {
                /// Where the \#(many) live.
                let store: any \#(StoreTemplate.typeName(resource))

                /// Create \#(SwiftSnippets.withArticle(one)).
                ///
                /// The new \#(one) belongs to the caller. Its `ETag` lets you change it with `If-Match` without reading it first.
                /// - Parameter \#(input): The \#(one) to create.
                /// - Returns: The created \#(one).
                @POST("\#(path)", idempotency: .optional)
                func create(_ request: Request<Authorized<Member>>, \#(input): \#(NewModelTemplate.typeName(resource))) async throws -> WithETag<Created<\#(type)>> {
                    let created = try await store.create(\#(input), for: request.proof)
                    return WithETag(Created(created.value, location: "\#(path)/\(created.value.id)"), etag: created.etag)
                }

                /// List your \#(many).
                ///
                /// Ordered by id, oldest first.
                /// - Parameters:
                ///   - limit: How many \#(many) to return.
                ///   - offset: How many \#(many) to skip.
                @GET("\#(path)")
                func list(_ request: Request<Authorized<Member>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [\#(type)] {
                    try await store.list(for: request.proof, limit: limit, offset: offset)
                }

                /// Read one of your \#(many).
                ///
                /// The answer's `ETag` names this version: send it back as `If-None-Match` to get 304 while it is
                /// current, or as `If-Match` to change or delete only this version.
                /// - Parameters:
                ///   - id: The \#(one)'s identifier.
                ///   - ifNoneMatch: `ETag`s of versions you hold; when one is current the answer is 304 without a body.
                @GET("\#(path)/{id}", errors: \#(error).self)
                func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, ifNoneMatch: IfNoneMatch) async throws -> WithETag<\#(type)> {
                    guard let found = try await store.find(id, for: request.proof) else { throw \#(error).notFound }
                    return WithETag(found.value, etag: found.etag, unless: ifNoneMatch)
                }

                /// Change one of your \#(many).
                ///
                /// Members that are absent or `null` keep their value; `{}` changes nothing and returns the \#(one).
                /// With `If-Match`, only that version is changed: a stale `ETag` is answered 412.
                /// - Parameters:
                ///   - id: The \#(one)'s identifier.
                ///   - patch: The members to change.
                ///   - ifMatch: The `ETag` of the version you read; a stale one is answered 412.
                /// - Returns: The \#(one) after the change.
                @PATCH("\#(path)/{id}", errors: \#(error).self)
                func update(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, patch: \#(PatchTemplate.typeName(resource)), ifMatch: IfMatch?) async throws -> WithETag<\#(type)> {
                    switch try await store.update(id, with: patch, ifRevision: ifMatch?.revisions, for: request.proof) {
                    case .written(let updated): return WithETag(updated.value, etag: updated.etag)
                    case .notFound: throw \#(error).notFound
                    case .stale: throw IfMatch.failed
                    }
                }

                /// Delete one of your \#(many).
                ///
                /// With `If-Match`, only that version is deleted: a stale `ETag` is answered 412.
                /// - Parameters:
                ///   - id: The \#(one)'s identifier.
                ///   - ifMatch: The `ETag` of the version you read; a stale one is answered 412.
                @DELETE("\#(path)/{id}", errors: \#(error).self)
                func delete(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, ifMatch: IfMatch?) async throws -> NoContent {
                    switch try await store.delete(id, ifRevision: ifMatch?.revisions, for: request.proof) {
                    case .written: return NoContent()
                    case .notFound: throw \#(error).notFound
                    case .stale: throw IfMatch.failed
                    }
                }

                /// List every \#(one) of every member.
                ///
                /// The store's `all(by:)` demands an admin proof, so this cannot be exposed on a member route by mistake.
                /// Pages are by id and follow cursors (`next`, `prev`, and the `Link` header).
                /// - Parameter page: The `cursor` of a page you read, and how many \#(many) a page holds.
                @GET("/admin\#(path)")
                func listAll(_ request: Request<Authorized<Admin>>, page: PageRequest) async throws -> Page<\#(OwnedTemplate.typeName(resource))> {
                    Page(try await store.all(by: request.proof, page: page), for: page, key: \.\#(resource.singularIdentifier).id)
                }
            }

            """#)
    }
}
