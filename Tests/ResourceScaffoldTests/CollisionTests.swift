import Testing
@testable import ResourceScaffold

@Suite("Collisions")
struct CollisionTests {
    @Test("a clean project has none")
    func none() throws {
        let project = try FakeProject()
        defer { project.remove() }
        #expect(project.problems("bookmark") == [])
    }

    @Test("a generated type already declared in the app", arguments: ["struct", "enum", "class", "actor", "protocol", "typealias"])
    func typeInApp(_ keyword: String) throws {
        let project = try FakeProject(["Sources/App/Other/Thing.swift": "\(keyword) BookmarkStore {}\n"])
        defer { project.remove() }
        #expect(project.problems("bookmark") == ["the type `BookmarkStore` is already declared in Sources/App/Other/Thing.swift"])
    }

    @Test("an existing resource's own types: todo, and the app's tests' types")
    func existing() throws {
        let project = try FakeProject(["Tests/AppTests/Helpers.swift": "struct NoteTests {}\n"])
        defer { project.remove() }
        #expect(project.problems("todo").contains("the type `Todo` is already declared in Sources/App/Models/Todo.swift"))
        #expect(project.problems("note") == ["the type `NoteTests` is already declared in Tests/AppTests/Helpers.swift"])
    }

    @Test("public types and macros of the modules the app imports; not their internal or commented-out ones, nor other modules'")
    func importedModules() throws {
        let project = try FakeProject()
        defer { project.remove() }
        #expect(project.problems("request") != [])
        #expect(project.problems("schema") == ["the type `Schema` is already declared in Sources/Warrant/Request.swift"])
        #expect(project.problems("internal_helper") == [])
        #expect(project.problems("commented") == [])
        #expect(project.problems("gadget") == [])
    }

    @Test("the table or its index in a migration's SQL")
    func table() throws {
        let project = try FakeProject()
        defer { project.remove() }
        #expect(project.problems("user").contains("the table or index 'users' is already created by a migration in Sources/App/Migrations/AppMigrations.swift"))
        try project.write(#"let x = Migration(version: 9, name: "x", sql: "CREATE TABLE IF NOT EXISTS public.\"notes\" (id INT)")"#, to: "Sources/App/Legacy.swift")
        try project.write(#"let y = Migration(version: 10, name: "y", sql: "CREATE INDEX cards_owner_id_idx ON decks (owner, id)")"#, to: "Sources/App/Legacy2.swift")
        #expect(project.problems("note") == ["the table or index 'notes' is already created by a migration in Sources/App/Legacy.swift"])
        #expect(project.problems("card") == ["the table or index 'cards_owner_id_idx' is already created by a migration in Sources/App/Legacy2.swift"])
    }

    @Test("the member or admin path already routed, also behind a group prefix")
    func paths() throws {
        let project = try FakeProject([
            "Sources/App/Routes/Legacy.swift": #"@GET("/bookmarks/{id}/tags") func tags() {}"#,
            "Sources/App/Routes/Admin.swift": #"@DELETE("/admin/notes") func purge() {}"#,
            "Sources/App/Routes/Prefixed.swift": "@Routes(tag: \"x\", path: \"/cards\")\nstruct X {\n    @POST(\"\") func make() {}\n}\n",
        ])
        defer { project.remove() }
        #expect(project.problems("bookmark") == ["the path /bookmarks is already routed by Sources/App/Routes/Legacy.swift (/bookmarks/{id}/tags)"])
        #expect(project.problems("note") == ["the path /admin/notes is already routed by Sources/App/Routes/Admin.swift (/admin/notes)"])
        #expect(project.problems("card") == ["the path /cards is already routed by Sources/App/Routes/Prefixed.swift (/cards)"])
        #expect(project.problems("bookmark_tag") == [])
    }

    @Test("the dependency property, and the migration's property")
    func properties() throws {
        let project = try FakeProject()
        defer { project.remove() }
        let dependencies = try #require(project.text("Sources/App/AppDependencies.swift"))
        try project.write(dependencies.replacing("var todos: any TodoStore", with: "var todos: any TodoStore\n    var notes: [String]"), to: "Sources/App/AppDependencies.swift")
        try project.write("extension AppMigrations {\n    static let createCards = users\n}\n", to: "Sources/App/Migrations/Cards.swift")
        #expect(project.problems("note") == ["the dependency `notes` is already declared in Sources/App/AppDependencies.swift"])
        #expect(project.problems("card") == ["the migration property `createCards` is already declared in Sources/App/Migrations/Cards.swift"])
    }

    @Test("the folder or a target file already there")
    func files() throws {
        let project = try FakeProject([
            "Sources/App/Bookmarks/README.md": "notes\n",
            "Sources/App/Notes/NoteRoutes.swift": "// empty\n",
            "Tests/AppTests/CardTests.swift": "// empty\n",
        ])
        defer { project.remove() }
        #expect(project.problems("bookmark") == ["the folder Sources/App/Bookmarks already exists"])
        #expect(project.problems("note") == ["the folder Sources/App/Notes already exists", "the file Sources/App/Notes/NoteRoutes.swift already exists"])
        #expect(project.problems("card") == ["the file Tests/AppTests/CardTests.swift already exists"])
    }

    @Test("every collision is listed in one refusal")
    func allAtOnce() throws {
        let project = try FakeProject([
            "Sources/App/Old.swift": #"""
                struct Bookmark {}
                enum BookmarkError {}
                @GET("/bookmarks") func list() {}
                let m = Migration(version: 7, name: "old", sql: "CREATE TABLE bookmarks (id INT)")
                """#,
        ])
        defer { project.remove() }
        let problems = project.problems("bookmark")
        #expect(problems.count == 4, "\(problems)")
    }
}
