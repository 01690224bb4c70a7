import Testing
@testable import ResourceScaffold

@Suite("Anchor edits")
struct AnchorTests {
    @Test("each line goes directly above its anchor, at the anchor's indentation; the anchor stays")
    func inserted() throws {
        let project = try FakeProject()
        defer { project.remove() }
        try project.run("invoice_item")
        let api = try #require(project.text("Sources/App/AppAPI.swift"))
        #expect(api.contains("""
                    routes.include(TodoRoutes(store: dependencies.todos))
                    routes.include(InvoiceItemRoutes(store: dependencies.invoiceItems))
                    // New route groups go here
        """))
        let migrations = try #require(project.text("Sources/App/Migrations/AppMigrations.swift"))
        #expect(migrations.contains("        users,\n        createInvoiceItems,\n        // New migrations go here"))
        let dependencies = try #require(project.text("Sources/App/AppDependencies.swift"))
        #expect(dependencies.contains("    var todos: any TodoStore\n    var invoiceItems: any InvoiceItemStore\n    // New stores go here"))
        #expect(dependencies.contains("            invoiceItems: PostgresInvoiceItemStore(database: database),\n            // New PostgreSQL stores go here"))
        #expect(dependencies.contains("            invoiceItems: InMemoryInvoiceItemStore(),\n            // New in-memory stores go here"))
    }

    @Test("a second resource goes below the first, in every list")
    func order() throws {
        let project = try FakeProject()
        defer { project.remove() }
        try project.run("bookmark")
        try project.run("note")
        let migrations = try #require(project.text("Sources/App/Migrations/AppMigrations.swift"))
        #expect(migrations.contains("        createBookmarks,\n        createNotes,\n        // New migrations go here"))
    }

    @Test("tabs and CRLF line endings are kept")
    func tabsAndCRLF() throws {
        let insertion = AnchorInsertion(anchor: .routeGroups, line: "routes.include(X())")
        let text = "a\r\n\t\t// New route groups go here (keep).\r\nb\r\n"
        let result = try AnchorEdit.apply([insertion], to: text, file: "F.swift").get()
        #expect(result == "a\r\n\t\troutes.include(X())\r\n\t\t// New route groups go here (keep).\r\nb\r\n")
    }

    @Test("a missing anchor names the file and the line to restore, before anything is written", arguments: [
        ("Sources/App/AppAPI.swift", "// New route groups go here"),
        ("Sources/App/Migrations/AppMigrations.swift", "// New migrations go here"),
        ("Sources/App/AppDependencies.swift", "// New stores go here"),
        ("Sources/App/AppDependencies.swift", "// New PostgreSQL stores go here"),
        ("Sources/App/AppDependencies.swift", "// New in-memory stores go here"),
    ])
    func missing(_ file: String, _ marker: String) throws {
        let project = try FakeProject()
        defer { project.remove() }
        let text = try #require(project.text(file))
        try project.write(text.replacing(marker, with: "// (removed)"), to: file)
        let before = project.snapshot()
        let problems = project.problems("bookmark")
        #expect(problems == ["\(file) has lost the line `\(marker)`: restore `\(marker) (`api new resource` adds them above this line).` where its lines go"])
        #expect(project.snapshot() == before)
    }

    @Test("an anchor file that is gone, or an anchor there twice, is refused")
    func goneOrTwice() throws {
        let project = try FakeProject(["Sources/App/AppAPI.swift": nil])
        defer { project.remove() }
        #expect(project.problems("bookmark") == ["Sources/App/AppAPI.swift is missing: the scaffold edits it"])
        let migrations = try #require(project.text("Sources/App/Migrations/AppMigrations.swift"))
        try project.write(migrations + "// New migrations go here\n", to: "Sources/App/Migrations/AppMigrations.swift")
        #expect(project.problems("bookmark").contains("Sources/App/Migrations/AppMigrations.swift has the line `// New migrations go here` 2 times: keep only the one where its lines go"))
    }

    @Test("anchor problems are reported with name and field problems")
    func withOtherProblems() throws {
        let project = try FakeProject(["Sources/App/AppAPI.swift": nil])
        defer { project.remove() }
        #expect(project.problems("Bad", fields: ["id:Int"]).count == 3)
    }
}
