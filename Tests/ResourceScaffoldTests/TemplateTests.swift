import Foundation
import Testing
@testable import ResourceScaffold

@Suite("Generated files")
struct TemplateTests {
    private func plan(_ name: String = "bookmark", fields: [String]) throws -> [String: String] {
        let project = try FakeProject()
        defer { project.remove() }
        let plan = try project.plan(name, fields: fields)
        return Dictionary(uniqueKeysWithValues: plan.files.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.contents) })
    }

    @Test("the model: fields with their Swift types, strings limited to 1...200, snake case keys")
    func model() throws {
        let files = try plan(fields: ["title:String", "due_date:Int", "ratio:Double", "done:Bool"])
        let model = try #require(files["Bookmark.swift"])
        #expect(model.contains("import WarrantPostgres\n"))
        #expect(model.contains("@Schema @Row\nstruct Bookmark: Sendable, Equatable, Decodable {"))
        #expect(model.contains("    @Length(1...200)\n    var title: String\n"))
        #expect(model.contains("    var dueDate: Int64\n"))
        #expect(model.contains("    var ratio: Double\n"))
        #expect(model.contains("    var done: Bool\n"))
        #expect(model.contains("    var createdAt: Date\n"))
        #expect(model.contains("        case id, title, ratio, done\n        case dueDate = \"due_date\"\n        case createdAt = \"created_at\"\n"))
        let patch = try #require(files["BookmarkPatch.swift"])
        #expect(patch.contains("    @Length(1...200)\n    var title: String?\n"))
        #expect(patch.contains("    var dueDate: Int64?\n"))
        #expect(try #require(files["NewBookmark.swift"]).contains("case dueDate = \"due_date\""))
        #expect(try #require(files["BookmarkError.swift"]).contains("/// No bookmark has this id, or it belongs to someone else.\n    @Status(404) case notFound"))
    }

    @Test("the migration: NOT NULL columns, the length check, the revision, the owner index")
    func migration() throws {
        let files = try plan(fields: ["title:String", "due_date:Int", "ratio:Double", "done:Bool"])
        let migration = try #require(files["BookmarkMigration.swift"])
        #expect(migration.contains("extension AppMigrations {"))
        #expect(migration.contains("""
                    CREATE TABLE bookmarks (
                        id         BIGSERIAL        PRIMARY KEY,
                        owner      TEXT             NOT NULL,
                        title      TEXT             NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
                        due_date   BIGINT           NOT NULL,
                        ratio      DOUBLE PRECISION NOT NULL,
                        done       BOOLEAN          NOT NULL,
                        created_at TIMESTAMPTZ      NOT NULL DEFAULT now(),
                        revision   BIGINT           NOT NULL DEFAULT 1 CHECK (revision > 0)
                    );
                    CREATE INDEX bookmarks_owner_id_idx ON bookmarks (owner, id);
            """))
    }

    @Test("the stores: parameterised SQL, COALESCE per field, revisions checked atomically, proofs on every operation")
    func stores() throws {
        let files = try plan(fields: ["title:String", "due_date:Int"])
        let postgres = try #require(files["PostgresBookmarkStore.swift"])
        #expect(postgres.contains(#"INSERT INTO bookmarks (owner, title, due_date) VALUES (\(proof.subject), \(bookmark.title), \(bookmark.dueDate))"#))
        #expect(postgres.contains(#"title = COALESCE(\(patch.title), title),"#))
        #expect(postgres.contains(#"due_date = COALESCE(\(patch.dueDate), due_date)"#))
        // The revision check is in the statement that writes, and a change that alters nothing keeps it.
        #expect(postgres.contains(#"WHERE id = \(id) AND owner = \(proof.subject) AND (\(revisions)::BIGINT[] IS NULL OR revision = ANY(\(revisions)::BIGINT[]))"#))
        #expect(postgres.contains(#"revision = revision + CASE WHEN (COALESCE(\(patch.title), title), COALESCE(\(patch.dueDate), due_date)) = (title, due_date) THEN 0 ELSE 1 END"#))
        #expect(postgres.contains("RETURNING id, title, due_date, created_at, revision"))
        // Rows decode through generated code, not Decodable.
        #expect(postgres.contains("    @Row\n    fileprivate struct RowID: Decodable {") && postgres.contains("    @Row\n    fileprivate struct OwnedRow: Decodable {"))
        let store = try #require(files["BookmarkStore.swift"])
        #expect(store.components(separatedBy: "Proof<Member>").count - 1 == 5)
        #expect(store.contains("func all(by proof: Proof<Admin>, page: PageRequest) async throws -> [OwnedBookmark]"))
        #expect(postgres.contains(#"WHERE id > \(id) ORDER BY id LIMIT \(page.fetchLimit)"#) && postgres.contains(#"WHERE id < \(id) ORDER BY id DESC LIMIT \(page.fetchLimit)"#))
        #expect(try #require(files["InMemoryBookmarkStore.swift"]).contains("actor InMemoryBookmarkStore: BookmarkStore {"))
    }

    @Test("the routes: member CRUD, the admin listing, default operation ids")
    func routes() throws {
        let files = try plan("invoice_item", fields: [])
        let routes = try #require(files["InvoiceItemRoutes.swift"])
        #expect(routes.contains(#"@Routes(tag: "invoiceItems")"#))
        for line in [
            #"@POST("/invoice-items", idempotency: .optional)"#, #"@GET("/invoice-items")"#, #"@GET("/invoice-items/{id}", errors: InvoiceItemError.self)"#,
            #"@PATCH("/invoice-items/{id}", errors: InvoiceItemError.self)"#, #"@DELETE("/invoice-items/{id}", errors: InvoiceItemError.self)"#,
            #"@GET("/admin/invoice-items")"#, "Request<Authorized<Admin>>", #"location: "/invoice-items/\(created.value.id)"), etag: created.etag)"#,
            "@Query(1...100) limit: Int = 20, @Query(0...) offset: Int = 0",
            "ifNoneMatch: IfNoneMatch) async throws -> WithETag<InvoiceItem>", "ifMatch: IfMatch?) async throws -> WithETag<InvoiceItem>",
            "ifMatch: IfMatch?) async throws -> NoContent", "case .stale: throw IfMatch.failed",
            "func listAll(_ request: Request<Authorized<Admin>>, page: PageRequest) async throws -> Page<OwnedInvoiceItem>",
            #"Page(try await store.all(by: request.proof, page: page), for: page, key: \.invoiceItem.id)"#,
        ] {
            #expect(routes.contains(line), "\(line)")
        }
        #expect(!routes.contains("operationID"))
        let owned = try #require(files["OwnedInvoiceItem.swift"])
        #expect(owned.contains("case invoiceItem = \"invoice_item\""))
    }

    @Test("the tests: valid sample values, the invalid body's pointers")
    func tests() throws {
        let files = try plan(fields: ["title:String", "stars:Int", "ratio:Double", "done:Bool"])
        let tests = try #require(files["BookmarkTests.swift"])
        #expect(tests.contains(##"private let body = #"{"title":"title 1","stars":1,"ratio":1.5,"done":true}"#"##))
        #expect(tests.contains(##"private let change = #"{"title":"title 2","stars":2,"ratio":2.5,"done":false}"#"##))
        #expect(tests.contains(##"private let invalid = #"{"title":"","stars":"x","ratio":"x","done":"x"}"#"##))
        #expect(tests.contains(##"let pointers = ["#/title", "#/stars", "#/ratio", "#/done"]"##))
        #expect(tests.contains("struct BookmarkTests {"))
    }

    @Test("every generated declaration has a doc comment", arguments: ["bookmark", "invoice_item"])
    func documented(_ name: String) throws {
        let files = try plan(name, fields: ["title:String", "due_date:Int"])
        for (file, text) in files where !file.hasSuffix("Tests.swift") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated() where Self.isDeclaration(line) {
                var previous = index - 1
                while previous >= 0, lines[previous].trimmingCharacters(in: .whitespaces).hasPrefix("@") { previous -= 1 }
                #expect(previous >= 0 && lines[previous].trimmingCharacters(in: .whitespaces).hasPrefix("///"), "\(file): \(line)")
            }
        }
    }

    /// Type members and top-level types (locals inside function bodies are indented deeper), and the
    /// members of the one nested type, the Postgres store's row.
    private static func isDeclaration(_ line: String) -> Bool {
        let indentation = line.prefix(while: { $0 == " " }).count
        let code = line.dropFirst(indentation)
        let starts = ["struct ", "enum ", "actor ", "protocol ", "func ", "var ", "let ", "private struct ", "fileprivate struct ", "private var ", "static let ", "@Status"]
        if indentation <= 4 { return starts.contains { code.hasPrefix($0) } }
        return indentation == 8 && (code.hasPrefix("var ") || code.hasPrefix("enum "))
    }
}
