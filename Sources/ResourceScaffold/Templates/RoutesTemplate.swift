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
                /// The new \#(one) belongs to the caller.
                /// - Parameter \#(input): The \#(one) to create.
                /// - Returns: The created \#(one).
                @POST("\#(path)")
                func create(_ request: Request<Authorized<Member>>, \#(input): \#(NewModelTemplate.typeName(resource))) async throws -> Created<\#(type)> {
                    let created = try await store.create(\#(input), for: request.proof)
                    return Created(created, location: "\#(path)/\(created.id)")
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
                /// - Parameter id: The \#(one)'s identifier.
                @GET("\#(path)/{id}", errors: \#(error).self)
                func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> \#(type) {
                    guard let found = try await store.find(id, for: request.proof) else { throw \#(error).notFound }
                    return found
                }

                /// Change one of your \#(many).
                ///
                /// Members that are absent or `null` keep their value; `{}` changes nothing and returns the \#(one).
                /// - Parameters:
                ///   - id: The \#(one)'s identifier.
                ///   - patch: The members to change.
                /// - Returns: The \#(one) after the change.
                @PATCH("\#(path)/{id}", errors: \#(error).self)
                func update(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, patch: \#(PatchTemplate.typeName(resource))) async throws -> \#(type) {
                    guard let updated = try await store.update(id, with: patch, for: request.proof) else { throw \#(error).notFound }
                    return updated
                }

                /// Delete one of your \#(many).
                /// - Parameter id: The \#(one)'s identifier.
                @DELETE("\#(path)/{id}", errors: \#(error).self)
                func delete(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> NoContent {
                    guard try await store.delete(id, for: request.proof) else { throw \#(error).notFound }
                    return NoContent()
                }

                /// List every \#(one) of every member.
                ///
                /// The store's `all(by:)` demands an admin proof, so this cannot be exposed on a member route by mistake.
                /// - Parameters:
                ///   - limit: How many \#(many) to return.
                ///   - offset: How many \#(many) to skip.
                @GET("/admin\#(path)")
                func listAll(_ request: Request<Authorized<Admin>>, @Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0) async throws -> [\#(OwnedTemplate.typeName(resource))] {
                    try await store.all(by: request.proof, limit: limit, offset: offset)
                }
            }

            """#)
    }
}
