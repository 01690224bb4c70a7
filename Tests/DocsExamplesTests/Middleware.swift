import HTTPTypes
import Testing
import Warrant
import WarrantTesting

// docs/17-dependencies-and-middleware.md

/// A note.
@Schema
struct Note: Sendable {
    /// What it says.
    var text: String
}

/// Notes, to show the middleware at work.
@Routes(tag: "notes")
struct NoteRoutes {
    /// The latest note.
    @GET("/notes/latest")
    func latest(_ request: Request<Unauthenticated>) -> Note { Note(text: "hello") }

    /// Add a note.
    /// - Parameter note: The note.
    @POST("/notes")
    func add(_ request: Request<Unauthenticated>, @Body note: Note) -> NoContent { NoContent() }
}

@Suite("docs/17: middleware")
struct MiddlewareTests {
    @Test("the maintenance window refuses writes with its documented problem, and lets reads through")
    func maintenance() async throws {
        let maintenance = MaintenanceSwitch()
        let api = API(info: APIInfo(title: "Notes", version: "1"), middleware: [MaintenanceWindow(maintenance: maintenance)]) { routes in
            routes.include(NoteRoutes())
        }
        let client = try TestClient(api: api)
        #expect(try await client.post("/notes", json: #"{"text":"hello"}"#).status == .noContent)
        maintenance.set(true)
        let refused = try await client.post("/notes", json: #"{"text":"hello"}"#)
        #expect(refused.status == .serviceUnavailable && refused.headers[.retryAfter] == "300")
        #expect(try refused.problem().title == "Down for maintenance")
        #expect(try await client.get("/notes/latest").status == .ok)
        #expect(try api.specification().jsonText.contains("Writes are paused; retry after the window."))
    }
}
