// expect: a request body is a @Schema type or an array of them: mark the type @Schema
// errors: 1
import Warrant

/// A struct without @Schema.
struct Note { var text: String }

/// Notes.
@Routes(tag: "notes")
struct NoteRoutes {
    /// Add a note.
    @POST("/notes")
    func add(_ request: Request<Unauthenticated>, @Body note: Note) -> String { note.text }
}
