/// `InMemory<Type>Store.swift`: the store as an actor over an array, for tests and the offline spec.
enum InMemoryStoreTemplate {
    static func typeName(_ resource: ResourceName) -> String { "InMemory\(resource.typeName)Store" }

    static func file(_ resource: ResourceName, fields: [Field]) -> PlannedFile {
        let type = resource.typeName
        let input = resource.singularIdentifier
        let item = resource.singularIdentifier
        let owned = OwnedTemplate.typeName(resource)
        let arguments = SwiftSnippets.modelArguments(fields, id: "nextID", source: input, createdAt: "Date()")
        // `value`, not the field's name, so a field called `index` or `rows` cannot shadow the locals.
        let changes = fields.map { "        if let value = patch.\($0.swiftName) { rows[index].\(item).\($0.swiftName) = value }" }
            .joined(separator: "\n")
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Foundation
            import Warrant

            /// \#(resource.pluralPhrase.capitalizedFirst) kept in memory: a drop-in replacement for tests that swap the store out.
            actor \#(typeName(resource)): \#(StoreTemplate.typeName(resource)) {
                /// Every owner's \#(resource.pluralPhrase), oldest first.
                private var rows: [\#(owned)] = []
                /// The id of the next one created.
                private var nextID: Int64 = 1
                /// Each one's revision, raised by every change.
                private var revisions: [Int64: Int64] = [:]

                /// Stores it with the next id.
                func create(_ \#(input): \#(NewModelTemplate.typeName(resource)), for proof: Proof<Member>) -> Revised<\#(type)> {
                    let created = \#(type)(\#(arguments))
                    nextID += 1
                    revisions[created.id] = 1
                    rows.append(\#(owned)(owner: proof.subject, \#(item): created))
                    return Revised(created, revision: 1)
                }

                /// The subject's, by id.
                func list(for proof: Proof<Member>, limit: Int, offset: Int) -> [\#(type)] {
                    Array(rows.filter { $0.owner == proof.subject }.map(\.\#(item)).dropFirst(offset).prefix(limit))
                }

                /// The subject's with this id, and its revision.
                func find(_ id: Int64, for proof: Proof<Member>) -> Revised<\#(type)>? {
                    guard let found = rows.first(where: { $0.owner == proof.subject && $0.\#(item).id == id }) else { return nil }
                    return Revised(found.\#(item), revision: revisions[id, default: 1])
                }

                /// Changes the members the patch has, if the revision is one `allowed` names.
                func update(_ id: Int64, with patch: \#(PatchTemplate.typeName(resource)), ifRevision allowed: [Int64]?, for proof: Proof<Member>) -> GuardedWrite<Revised<\#(type)>> {
                    guard let index = rows.firstIndex(where: { $0.owner == proof.subject && $0.\#(item).id == id }) else { return .notFound }
                    let revision = revisions[id, default: 1]
                    if let allowed, !allowed.contains(revision) { return .stale }
                    let before = rows[index].\#(item)
            \#(changes)
                    if rows[index].\#(item) != before { revisions[id] = revision + 1 }
                    return .written(Revised(rows[index].\#(item), revision: revisions[id, default: 1]))
                }

                /// Removes the subject's with this id, if the revision is one `allowed` names.
                func delete(_ id: Int64, ifRevision allowed: [Int64]?, for proof: Proof<Member>) -> GuardedWrite<Void> {
                    guard let index = rows.firstIndex(where: { $0.owner == proof.subject && $0.\#(item).id == id }) else { return .notFound }
                    if let allowed, !allowed.contains(revisions[id, default: 1]) { return .stale }
                    rows.remove(at: index)
                    revisions[id] = nil
                    return .written(())
                }

                /// Every owner's, from the page's position.
                func all(by proof: Proof<Admin>, page: PageRequest) -> [\#(owned)] {
                    switch page.position {
                    case .first: return Array(rows.prefix(page.fetchLimit))
                    case .after(let id): return Array(rows.filter { $0.\#(item).id > id }.prefix(page.fetchLimit))
                    case .before(let id): return Array(rows.filter { $0.\#(item).id < id }.reversed().prefix(page.fetchLimit))
                    }
                }
            }

            """#)
    }
}
