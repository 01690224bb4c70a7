import struct Hummingbird.HTTPError
import Warrant

/// A note.
@Schema
struct Note: Sendable {
    /// Its id.
    var id: Int64
    /// Its text.
    var text: String
}

/// Notes: one of two groups that both have `create` and `read`.
@Routes(path: "/notes")
struct NoteRoutes {
    /// Create a note.
    @POST("/")
    func create(_ request: Request<Unauthenticated>) -> Created<Note> {
        Created(Note(id: 1, text: "new"), location: "/notes/1")
    }

    /// Read a note.
    /// - Parameter id: The note's id.
    @GET("/{id}")
    func read(_ request: Request<Unauthenticated>, id: Int64) -> Note {
        Note(id: id, text: "a note")
    }

    /// Notes are gone, and a handler says so the way a Hummingbird handler would.
    @DELETE("/{id}", errors: NoteError.self)
    func delete(_ request: Request<Unauthenticated>, id: Int64) throws -> NoContent {
        throw HTTPError(.notFound)
    }
}

/// Tasks: the other group with `create` and `read`, one of them with an explicit operationId.
@Routes
struct TaskRoutes {
    /// Create a task.
    @POST("/tasks", operationID: "addTask")
    func create(_ request: Request<Unauthenticated>) -> Created<Note> {
        Created(Note(id: 2, text: "task"), location: "/tasks/2")
    }

    /// Read a task.
    /// - Parameter id: The task's id.
    @GET("/tasks/{id}")
    func read(_ request: Request<Unauthenticated>, id: Int64) -> Note {
        Note(id: id, text: "a task")
    }

    /// The old way to list tasks.
    @available(*, deprecated, message: "Use GET /tasks/{id}.")
    @GET("/tasks/legacy", deprecated: Deprecation(since: "2026-03-01", sunset: "2026-12-31T18:00:00Z"))
    func legacy(_ request: Request<Unauthenticated>) -> Note {
        Note(id: 0, text: "legacy")
    }
}

/// A group whose explicit operationId collides with a default one of another group.
@Routes
struct CollidingRoutes {
    /// Collides with `NoteRoutes.read`.
    @GET("/colliding", operationID: "noteRead")
    func colliding(_ request: Request<Unauthenticated>) -> NoContent { NoContent() }
}

/// Why a note operation failed.
@Problems
enum NoteError: Error {
    /// Note not found.
    @Status(404) case notFound
}
