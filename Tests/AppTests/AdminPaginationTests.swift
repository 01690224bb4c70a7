import Foundation
import Testing
@testable import App
@testable import Warrant
import WarrantTesting

/// The admin listing of todos, paged by cursors on a real database: forward and back, stable while rows are
/// added, and refusing a cursor that was altered or made for another listing.
@Suite("Admin todos: cursor pages")
struct AdminPaginationTests {
    /// The page at `path`, decoded.
    private func page(_ app: TestApp, _ path: String) async throws -> (page: Page<OwnedTodo>, link: String?) {
        let response = try await app.client.get(path, as: .admin).expect(.ok)
        return (try response.decode(Page<OwnedTodo>.self), response.headers[.link])
    }

    private func create(_ app: TestApp, _ titles: [String]) async throws {
        for title in titles {
            _ = try await app.client.post("/todos", json: #"{"title":"\#(title)"}"#, as: .member("alice")).expect(.created)
        }
    }

    @Test("pages follow next to the end and prev back to the start, with the same cursors in Link")
    func walk() async throws {
        let app = try await TestApp()
        try await create(app, (1...7).map { "t\($0)" })
        var titles: [String] = []
        var path = "/admin/todos?limit=3"
        var pages: [Page<OwnedTodo>] = []
        while true {
            let (page, link) = try await page(app, path)
            pages.append(page)
            titles += page.items.map(\.todo.title)
            if let next = page.next {
                #expect(link?.contains("</admin/todos?cursor=\(next)&limit=3>; rel=\"next\"") == true, "\(link ?? "no Link")")
            }
            guard let next = page.next else { break }
            path = "/admin/todos?cursor=\(next)&limit=3"
        }
        #expect(titles == (1...7).map { "t\($0)" })
        #expect(pages.map(\.items.count) == [3, 3, 1])
        #expect(pages.first?.prev == nil && pages.last?.next == nil)
        // Back from the last page.
        let back = try await page(app, "/admin/todos?cursor=\(try #require(pages.last?.prev))&limit=3").page
        #expect(back.items.map(\.todo.title) == ["t4", "t5", "t6"])
        let first = try await page(app, "/admin/todos?cursor=\(try #require(back.prev))&limit=3").page
        #expect(first.items.map(\.todo.title) == ["t1", "t2", "t3"] && first.prev == nil && first.next != nil)
    }

    @Test("rows added while paging do not shift the next page (an offset would repeat a row)")
    func stableUnderInserts() async throws {
        let app = try await TestApp()
        try await create(app, ["a", "b", "c", "d"])
        let first = try await page(app, "/admin/todos?limit=2").page
        #expect(first.items.map(\.todo.title) == ["a", "b"])
        // A row deleted before the cursor and rows added after do not move the second page's start.
        let id = try #require(first.items.first?.todo.id)
        _ = try await app.client.delete("/todos/\(id)", as: .member("alice")).expect(.noContent)
        try await create(app, ["e"])
        let second = try await page(app, "/admin/todos?cursor=\(try #require(first.next))&limit=2").page
        #expect(second.items.map(\.todo.title) == ["c", "d"])
        let third = try await page(app, "/admin/todos?cursor=\(try #require(second.next))&limit=2").page
        #expect(third.items.map(\.todo.title) == ["e"] && third.next == nil)
        // Past the end (the last row deleted): an empty page whose prev is the first page.
        let lastID = try #require(third.items.first?.todo.id)
        _ = try await app.client.delete("/todos/\(lastID)", as: .member("alice")).expect(.noContent)
        let past = try await page(app, "/admin/todos?cursor=\(try #require(second.next))&limit=2").page
        #expect(past.items.isEmpty && past.next == nil)
        let restart = try await page(app, "/admin/todos?cursor=\(try #require(past.prev))&limit=2").page
        #expect(restart.items.map(\.todo.title) == ["b", "c"] && restart.prev == nil)
    }

    @Test("an altered cursor, one from another listing, or a bad limit is a 422 naming the query item")
    func refusedCursors() async throws {
        let app = try await TestApp()
        try await create(app, ["a", "b", "c"])
        let cursor = try #require(try await page(app, "/admin/todos?limit=1").page.next)
        var altered = Array(cursor)
        altered[3] = altered[3] == "A" ? "B" : "A"
        for bad in [String(altered), cursor + "x", "nonsense", String(repeating: "A", count: 200), ""] {
            try await app.client.get("/admin/todos?cursor=\(bad)", as: .admin).expectProblem(.unprocessableContent, parameters: ["cursor"])
        }
        // The same position sealed for another path is not accepted here.
        let otherPath = PageRequest(position: .first, limit: 1, path: "/admin/users", key: .processDefault).cursor(.after(1))
        try await app.client.get("/admin/todos?cursor=\(otherPath)", as: .admin).expectProblem(.unprocessableContent, parameters: ["cursor"])
        for limit in ["0", "101", "x"] {
            try await app.client.get("/admin/todos?limit=\(limit)", as: .admin).expectProblem(.unprocessableContent, parameters: ["limit"])
        }
        try await app.client.get("/admin/todos?limit=1", as: .member("alice")).expectProblem(.forbidden)
    }

    @Test("an empty listing is one page with no cursors; the in-memory store pages the same", arguments: [false, true])
    func emptyAndInMemory(inMemory: Bool) async throws {
        let app = inMemory ? try await TestApp { $0.todos = InMemoryTodoStore() } : try await TestApp()
        let (empty, link) = try await page(app, "/admin/todos")
        #expect(empty.items.isEmpty && empty.next == nil && empty.prev == nil && link == nil)
        try await create(app, ["a", "b", "c"])
        let first = try await page(app, "/admin/todos?limit=2").page
        let second = try await page(app, "/admin/todos?cursor=\(try #require(first.next))&limit=2").page
        #expect(second.items.map(\.todo.title) == ["c"])
        let back = try await page(app, "/admin/todos?cursor=\(try #require(second.prev))&limit=2").page
        #expect(back.items.map(\.todo.title) == ["a", "b"])
    }
}
