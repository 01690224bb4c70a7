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
                /// Creates \#(SwiftSnippets.withArticle(one)) owned by the proof's subject.
                func create(_ \#(resource.singularIdentifier): \#(NewModelTemplate.typeName(resource)), for proof: Proof<Member>) async throws -> \#(type)
                /// The subject's \#(many), by id.
                func list(for proof: Proof<Member>, limit: Int, offset: Int) async throws -> [\#(type)]
                /// The subject's \#(one) with this id, or `nil` (also when it belongs to someone else).
                func find(_ id: Int64, for proof: Proof<Member>) async throws -> \#(type)?
                /// Applies `patch` to the subject's \#(one); `nil` when there is no such \#(one) of theirs.
                func update(_ id: Int64, with patch: \#(PatchTemplate.typeName(resource)), for proof: Proof<Member>) async throws -> \#(type)?
                /// Deletes the subject's \#(one); `false` when there is no such \#(one) of theirs.
                func delete(_ id: Int64, for proof: Proof<Member>) async throws -> Bool
                /// Every \#(one) of every owner.
                func all(by proof: Proof<Admin>, limit: Int, offset: Int) async throws -> [\#(OwnedTemplate.typeName(resource))]
            }

            """#)
    }
}
