/// `Postgres<Type>Store.swift`: the store on PostgreSQL, one parameterised statement per operation.
enum PostgresStoreTemplate {
    static func typeName(_ resource: ResourceName) -> String { "Postgres\(resource.typeName)Store" }

    static func file(_ resource: ResourceName, fields: [Field]) -> PlannedFile {
        let type = resource.typeName
        let table = resource.tableName
        let input = resource.singularIdentifier
        let select = SwiftSnippets.selectList(fields)
        let columns = (["owner"] + fields.map(\.columnName)).joined(separator: ", ")
        // Interpolations are bound parameters ($1, $2, …), never spliced into the SQL text.
        let values = (["\\(proof.subject)"] + fields.map { "\\(\(input).\($0.swiftName))" }).joined(separator: ", ")
        let assignments = fields.map { "                \($0.columnName) = COALESCE(\\(patch.\($0.swiftName)), \($0.columnName))" }
            .joined(separator: ",\n")
        // The revision goes up only when a value changes: `{}` keeps the client's ETag valid.
        let patched = fields.map { "COALESCE(\\(patch.\($0.swiftName)), \($0.columnName))" }.joined(separator: ", ")
        let current = fields.map(\.columnName).joined(separator: ", ")
        let rowProperties = ([("owner", "String", "The owner's user id.")] + [("id", "Int64", "The row's id.")]
            + fields.map { ($0.swiftName, $0.type.swiftType, "The \($0.phrase) column.") }
            + [("createdAt", "Date", "When the row was inserted.")])
            .map { "        /// \($0.2)\n        var \($0.0): \($0.1)" }
            .joined(separator: "\n")
        let rowKeys = SwiftSnippets.codingKeys([("owner", "owner")] + SwiftSnippets.rowKeys(fields), always: true)?
            .split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") ?? ""
        let owned = OwnedTemplate.typeName(resource)
        let rebuilt = SwiftSnippets.modelArguments(fields, id: "$0.id", source: "$0", createdAt: "$0.createdAt")
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Foundation
            import Warrant
            import WarrantPostgres

            /// \#(resource.pluralPhrase.capitalizedFirst) in PostgreSQL: one parameterised statement per operation, scoped by `owner = proof.subject`.
            struct \#(typeName(resource)): \#(StoreTemplate.typeName(resource)) {
                /// The pool, or a connection leased for a transaction.
                let database: any PostgresQueryable

                /// Inserts the row and returns it as stored (with its id, creation time and first revision).
                func create(_ \#(input): \#(NewModelTemplate.typeName(resource)), for proof: Proof<Member>) async throws -> Revised<\#(type)> {
                    let rows = try await database.query("""
                        INSERT INTO \#(table) (\#(columns)) VALUES (\#(values))
                        RETURNING \#(select), revision
                        """, decoding: Revised<\#(type)>.self)
                    guard let created = rows.first else { throw DatabaseError(kind: .other, diagnostics: .init(message: "INSERT returned no row")) }
                    return created
                }

                /// The subject's rows, by id.
                func list(for proof: Proof<Member>, limit: Int, offset: Int) async throws -> [\#(type)] {
                    try await database.query("""
                        SELECT \#(select) FROM \#(table) WHERE owner = \(proof.subject) ORDER BY id LIMIT \(limit) OFFSET \(offset)
                        """, decoding: \#(type).self)
                }

                /// The subject's row with this id, and its revision.
                func find(_ id: Int64, for proof: Proof<Member>) async throws -> Revised<\#(type)>? {
                    try await database.queryFirst("""
                        SELECT \#(select), revision FROM \#(table) WHERE id = \(id) AND owner = \(proof.subject)
                        """, decoding: Revised<\#(type)>.self)
                }

                /// `COALESCE` keeps a column whose patch member is `nil` (absent or `null`). The revision check is
                /// in the statement that writes, so of two changes naming one revision only the first matches.
                func update(_ id: Int64, with patch: \#(PatchTemplate.typeName(resource)), ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Revised<\#(type)>> {
                    let updated = try await database.queryFirst("""
                        UPDATE \#(table) SET
            \#(assignments),
                            revision = revision + CASE WHEN (\#(patched)) = (\#(current)) THEN 0 ELSE 1 END
                        WHERE id = \(id) AND owner = \(proof.subject) AND (\(revisions)::BIGINT[] IS NULL OR revision = ANY(\(revisions)::BIGINT[]))
                        RETURNING \#(select), revision
                        """, decoding: Revised<\#(type)>.self)
                    if let updated { return .written(updated) }
                    return try await missed(id, for: proof, guarded: revisions != nil)
                }

                /// Deletes the subject's row with this id if its revision is one `revisions` allows.
                func delete(_ id: Int64, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Void> {
                    let deleted = try await database.execute("""
                        DELETE FROM \#(table) WHERE id = \(id) AND owner = \(proof.subject)
                            AND (\(revisions)::BIGINT[] IS NULL OR revision = ANY(\(revisions)::BIGINT[]))
                        """)
                    if deleted > 0 { return .written(()) }
                    return try await missed(id, for: proof, guarded: revisions != nil)
                }

                /// Why a write matched no row: not the subject's, or its revision moved on (the write was already
                /// decided atomically; this only names the answer).
                private func missed<Value>(_ id: Int64, for proof: Proof<Member>, guarded: Bool) async throws -> GuardedWrite<Value> {
                    guard guarded else { return .notFound }
                    let row = try await database.queryFirst("SELECT id FROM \#(table) WHERE id = \(id) AND owner = \(proof.subject)", decoding: RowID.self)
                    return row == nil ? .notFound : .stale
                }

                /// Every owner's rows from the page's position: keyset, so rows added meanwhile never shift a page.
                func all(by proof: Proof<Admin>, page: PageRequest) async throws -> [\#(owned)] {
                    let rows: [OwnedRow]
                    switch page.position {
                    case .first:
                        rows = try await database.query("""
                            SELECT owner, \#(select) FROM \#(table) ORDER BY id LIMIT \(page.fetchLimit)
                            """, decoding: OwnedRow.self)
                    case .after(let id):
                        rows = try await database.query("""
                            SELECT owner, \#(select) FROM \#(table) WHERE id > \(id) ORDER BY id LIMIT \(page.fetchLimit)
                            """, decoding: OwnedRow.self)
                    case .before(let id):
                        rows = try await database.query("""
                            SELECT owner, \#(select) FROM \#(table) WHERE id < \(id) ORDER BY id DESC LIMIT \(page.fetchLimit)
                            """, decoding: OwnedRow.self)
                    }
                    return rows.map { \#(owned)(owner: $0.owner, \#(input): \#(type)(\#(rebuilt))) }
                }

                /// A row's id alone.
                @Row
                fileprivate struct RowID: Decodable {
                    /// The row's id.
                    var id: Int64
                }

                /// \#(SwiftSnippets.withArticle(resource.singularPhrase).capitalizedFirst) row with its owner column.
                @Row
                fileprivate struct OwnedRow: Decodable {
            \#(rowProperties)

            \#(rowKeys)
                }
            }

            """#)
    }
}
