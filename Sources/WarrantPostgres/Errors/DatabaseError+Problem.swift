import HTTPTypes
public import Warrant

/// How database failures answer over HTTP: never with SQL, table names or server messages.
extension DatabaseError: ProblemConvertible {
    /// Unique violation → 409; check, not-null, foreign-key and invalid input → 422; connection loss,
    /// an unreachable server, a busy pool or a statement timeout → 503 with `Retry-After`; a schema behind
    /// the migrations → 503 saying so (and `/health/ready` names the pending versions); anything else → 500.
    public var problem: Problem {
        switch kind {
        case .uniqueViolation:
            Problem(status: .conflict, detail: "A resource with the same unique values already exists.")
        case .checkViolation, .notNullViolation, .foreignKeyViolation, .invalidInput:
            Problem(status: .unprocessableContent, detail: "The request's values are not acceptable to the database.")
        case .connectionLost, .unavailable, .poolTimeout, .queryTimeout:
            Problem(
                status: .serviceUnavailable,
                detail: "The database is unavailable or busy; retry shortly.",
                headers: [.retryAfter: "1"]
            )
        case .schemaOutOfDate:
            Problem(
                status: .serviceUnavailable,
                detail: "The database is not migrated to this version of the API yet; retry after its migrations are applied.",
                headers: [.retryAfter: "30"]
            )
        case .decoding, .other:
            Problem(status: .internalServerError, detail: "The server could not complete the request.")
        }
    }
}

extension ProblemCase {
    /// The 503 every database-backed operation may answer; list it in `API(commonProblems:)`.
    public static let databaseUnavailable = ProblemCase(
        status: .serviceUnavailable,
        title: "Service Unavailable",
        detail: "The database is unavailable or busy; retry shortly (see `Retry-After`).",
        name: "databaseUnavailable"
    )
}
