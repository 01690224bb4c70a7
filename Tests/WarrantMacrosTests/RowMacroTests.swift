import Testing

/// What `@Row` writes, and what it refuses with the message a user sees.
@Suite("@Row")
struct RowMacroTests {
    @Test("column positions by the coding keys' names, each property read by inference, defaults and constants left alone")
    func expansion() {
        let (source, diagnostics) = expandWarrantMacros("""
            @Row
            public struct Invoice: Decodable {
                var id: Int64
                var paidAt: Date?
                var note, memo: String?
                let kind = "invoice"
                var local: Int = 7
                var total: Int { 0 }
                static var shared: Int64 = 0

                enum CodingKeys: String, CodingKey {
                    case id, note, memo
                    case paidAt = "paid_at"
                }
            }
            """)
        #expect(diagnostics.isEmpty)
        #expect(source.contains("extension Invoice: WarrantPostgres.PostgresRowDecodable {"))
        #expect(source.contains("public struct PostgresColumns {"))
        #expect(source.contains("let id: Int\n"))
        #expect(source.contains("let paidAt: Int?"))
        #expect(source.contains(#"id: try columns.required("id", of: Self.self)"#))
        #expect(source.contains(#"paidAt: try columns.optional("paid_at", of: Self.self)"#))
        #expect(source.contains(#"note: try columns.optional("note", of: Self.self)"#))
        #expect(source.contains(#"memo: try columns.optional("memo", of: Self.self)"#))
        #expect(source.contains("self.id = try row.decode(column: columns.id)"))
        #expect(source.contains("self.paidAt = try row.decodeIfPresent(column: columns.paidAt)"))
        #expect(source.contains("public static func postgresColumns(in columns: WarrantPostgres.PostgresColumnSet)"))
        #expect(source.contains("public init(postgresRow row: WarrantPostgres.PostgresRow, columns: PostgresColumns)"))
        for skipped in ["kind", "local", "total", "shared"] {
            #expect(!source.contains("self.\(skipped) ="), "\(skipped) is not read")
        }
    }

    @Test("without CodingKeys every stored property is a column of its own name, backticks dropped")
    func propertyNames() {
        let (source, diagnostics) = expandWarrantMacros("""
            @Row struct Pick { var `default`: Bool; var count = 3 }
            """)
        #expect(diagnostics.isEmpty)
        #expect(source.contains(#"`default`: try columns.required("default", of: Self.self)"#))
        #expect(source.contains(#"count: try columns.required("count", of: Self.self)"#))
        #expect(source.contains("self.`default` = try row.decode(column: columns.`default`)"))
    }

    @Test("refusals: not a struct, generic, private, its own init(from:), no type")
    func refusals() {
        func messages(_ source: String) -> [String] { expandWarrantMacros(source).diagnostics }
        #expect(messages("@Row class Box { var x: Int }").contains { $0.contains("@Row applies to structs") })
        #expect(messages("@Row enum Kind: String { case a }").contains { $0.contains("@Row applies to structs") })
        #expect(messages("@Row struct Page<Item> { var items: [Item] }").contains { $0.contains("does not read generic structs") })
        #expect(messages("struct Store { @Row private struct Line { var id: Int } }").contains { $0.contains("make 'Line' fileprivate") })
        #expect(messages("""
            @Row struct Checked: Decodable {
                var id: Int
                init(from decoder: any Decoder) throws { id = 1 }
            }
            """).contains { $0.contains("'Checked' decodes itself with init(from:)") })
        #expect(messages("@Row struct Loose { var id = makeID() }").contains { $0.contains("@Row needs an explicit type on 'id'") })
        #expect(messages("@Row struct Pair { var (a, b): (Int, Int) }").contains { $0.contains("simple stored properties") })
        #expect(messages("struct Store { @Row fileprivate struct Line { var id: Int } }").isEmpty)
    }
}
