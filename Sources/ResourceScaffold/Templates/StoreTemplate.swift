/// `<Type>Store.swift`: the protocol of where the resource lives, every operation scoped by a proof.
enum StoreTemplate {
    static func typeName(_ resource: ResourceName) -> String { "\(resource.typeName)Store" }

    static func file(_ resource: ResourceName) -> PlannedFile {
        let type = resource.typeName
        let one = resource.singularPhrase
        let many = resource.pluralPhrase
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Warrant

            /// Where \#(many) live. Every operation is scoped by a proof: a member's proof reaches only that member's
            /// rows; listing everyone's demands an admin's.
            protocol \#(typeName(resource)): Sendable {
                /// Creates \#(SwiftSnippets.withArticle(one)) owned by the proof's subject; it starts at revision 1.
                func create(_ \#(resource.singularIdentifier): \#(NewModelTemplate.typeName(resource)), for proof: Proof<Member>) async throws -> Revised<\#(type)>
                /// The subject's \#(many), by id.
                func list(for proof: Proof<Member>, limit: Int, offset: Int) async throws -> [\#(type)]
                /// The subject's \#(one) with this id and its revision, or `nil` (also when it belongs to someone else).
                func find(_ id: Int64, for proof: Proof<Member>) async throws -> Revised<\#(type)>?
                /// Applies `patch` to the subject's \#(one) if its revision is one of `revisions` (`nil`: any), in one
                /// atomic step; the revision goes up when the \#(one) changes.
                func update(_ id: Int64, with patch: \#(PatchTemplate.typeName(resource)), ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Revised<\#(type)>>
                /// Deletes the subject's \#(one) if its revision is one of `revisions` (`nil`: any), in one atomic step.
                func delete(_ id: Int64, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Void>
                /// Every owner's \#(many) from the page's position, by id: at most `page.fetchLimit`, in the
                /// position's order (descending for `.before`), for `Page` to cut and link.
                func all(by proof: Proof<Admin>, page: PageRequest) async throws -> [\#(OwnedTemplate.typeName(resource))]
            }

            """#)
    }
}
