import Foundation
import Testing
@testable import ResourceScaffold

@Suite("Planning and applying")
struct PlanTests {
    @Test("the plan lists every file under the resource's folder, and its test file")
    func files() throws {
        let project = try FakeProject()
        defer { project.remove() }
        let plan = try project.plan("invoice_item")
        #expect(plan.files.map(\.path) == [
            "Sources/App/InvoiceItems/InvoiceItem.swift",
            "Sources/App/InvoiceItems/NewInvoiceItem.swift",
            "Sources/App/InvoiceItems/InvoiceItemPatch.swift",
            "Sources/App/InvoiceItems/InvoiceItemError.swift",
            "Sources/App/InvoiceItems/OwnedInvoiceItem.swift",
            "Sources/App/InvoiceItems/InvoiceItemStore.swift",
            "Sources/App/InvoiceItems/PostgresInvoiceItemStore.swift",
            "Sources/App/InvoiceItems/InMemoryInvoiceItemStore.swift",
            "Sources/App/InvoiceItems/InvoiceItemRoutes.swift",
            "Sources/App/InvoiceItems/InvoiceItemMigration.swift",
            "Tests/AppTests/InvoiceItemTests.swift",
        ])
        #expect(plan.edits.map(\.path) == ["Sources/App/AppAPI.swift", "Sources/App/Migrations/AppMigrations.swift", "Sources/App/AppDependencies.swift"])
        #expect(plan.fields == [FieldList.defaultField])
    }

    @Test("the migration version is the highest one in the app plus one")
    func migrationVersion() throws {
        let project = try FakeProject()
        defer { project.remove() }
        #expect(try project.run("bookmark").migrationVersion == 3)
        let migration = try #require(project.text("Sources/App/Bookmarks/BookmarkMigration.swift"))
        #expect(migration.contains(#"static let createBookmarks = Migration(version: 3, name: "create bookmarks", sql: """"#))
        try project.write("let old = Migration(version: 41, name: \"x\", sql: \"\")\n", to: "Sources/App/Legacy/Old.swift")
        #expect(try project.run("invoice_item").migrationVersion == 42)
        let second = try #require(project.text("Sources/App/InvoiceItems/InvoiceItemMigration.swift"))
        #expect(second.contains(#"Migration(version: 42, name: "create invoice items""#))
    }

    @Test("with no migration at all the first is version 1")
    func firstVersion() throws {
        let project = try FakeProject()
        defer { project.remove() }
        let migrations = try #require(project.text("Sources/App/Migrations/AppMigrations.swift"))
        try project.write(migrations.replacing("Migration(version:", with: "Migration(number:"), to: "Sources/App/Migrations/AppMigrations.swift")
        #expect(MigrationVersion.next(in: project.tree) == 1)
    }

    @Test("a refused run writes nothing")
    func refusedWritesNothing() throws {
        let project = try FakeProject(["Sources/App/Other.swift": "struct BookmarkRoutes {}\n"])
        defer { project.remove() }
        let before = project.snapshot()
        #expect(throws: ScaffoldRefusal.self) { try project.run("bookmark", fields: ["title:String", "url:String"]) }
        #expect(throws: ScaffoldRefusal.self) { try project.run("note", fields: ["id:Int"]) }
        #expect(project.snapshot() == before)
    }

    @Test("running twice with the same name refuses the second time, and changes nothing")
    func twice() throws {
        let project = try FakeProject()
        defer { project.remove() }
        try project.run("bookmark")
        let after = project.snapshot()
        let problems = project.problems("bookmark")
        #expect(problems.contains("the folder Sources/App/Bookmarks already exists"))
        #expect(problems.contains("the type `Bookmark` is already declared in Sources/App/Bookmarks/Bookmark.swift"))
        #expect(problems.contains("the dependency `bookmarks` is already declared in Sources/App/AppDependencies.swift"))
        #expect(problems.contains("the file Tests/AppTests/BookmarkTests.swift already exists"))
        #expect(problems.contains { $0.contains("the table or index 'bookmarks'") })
        #expect(problems.contains { $0.hasPrefix("the path /bookmarks is already routed") })
        #expect(throws: ScaffoldRefusal.self) { try project.run("bookmark") }
        #expect(project.snapshot() == after)
    }

    @Test("never overwrites: a file that appeared after planning stops the whole apply")
    func neverOverwrites() throws {
        let project = try FakeProject()
        defer { project.remove() }
        let plan = try project.plan("bookmark")
        try project.write("mine\n", to: "Tests/AppTests/BookmarkTests.swift")
        let before = project.snapshot()
        #expect(throws: ScaffoldRefusal(["the file Tests/AppTests/BookmarkTests.swift already exists"])) {
            try PlanApplier(project: project.tree).apply(plan)
        }
        #expect(project.snapshot() == before)
        #expect(project.text("Tests/AppTests/BookmarkTests.swift") == "mine\n")
    }

    @Test("an anchor file edited after planning stops the whole apply")
    func staleEdit() throws {
        let project = try FakeProject()
        defer { project.remove() }
        let plan = try project.plan("bookmark")
        try project.write(FakeProject.api + "// edited\n", to: "Sources/App/AppAPI.swift")
        let before = project.snapshot()
        #expect(throws: ScaffoldRefusal(["Sources/App/AppAPI.swift changed since the plan was made"])) {
            try PlanApplier(project: project.tree).apply(plan)
        }
        #expect(project.snapshot() == before)
    }

    @Test("apply writes exactly the planned files and edits")
    func applied() throws {
        let project = try FakeProject()
        defer { project.remove() }
        let plan = try project.plan("bookmark")
        let written = try PlanApplier(project: project.tree).apply(plan)
        #expect(written == plan.files.map(\.path) + plan.edits.map(\.path))
        for file in plan.files { #expect(project.text(file.path) == file.contents) }
        for edit in plan.edits { #expect(project.text(edit.path) == edit.updated) }
    }
}
