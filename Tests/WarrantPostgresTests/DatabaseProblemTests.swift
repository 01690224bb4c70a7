import Testing
import Warrant
import WarrantPostgres

/// How database failures answer over HTTP.
@Suite("Database errors as problems")
struct DatabaseProblemTests {
    private func error(_ kind: DatabaseError.Kind) -> DatabaseError {
        DatabaseError(
            kind: kind,
            sqlState: "23505",
            constraint: "users_email_key",
            diagnostics: .init(message: "duplicate key value violates unique constraint \"users_email_key\"", sql: "INSERT INTO users (email) VALUES ($1)")
        )
    }

    @Test("each kind maps to its status", arguments: [
        (DatabaseError.Kind.uniqueViolation, 409), (.checkViolation, 422), (.notNullViolation, 422),
        (.foreignKeyViolation, 422), (.invalidInput, 422), (.connectionLost, 503), (.unavailable, 503),
        (.poolTimeout, 503), (.queryTimeout, 503), (.decoding, 500), (.other, 500),
    ])
    func statuses(kind: DatabaseError.Kind, status: Int) {
        #expect(error(kind).problem.status.code == status)
    }

    @Test("503s say when to retry")
    func retryAfter() {
        for kind in [DatabaseError.Kind.connectionLost, .unavailable, .poolTimeout, .queryTimeout] {
            #expect(error(kind).problem.headers[.retryAfter] == "1")
        }
    }

    @Test("no problem reveals SQL, table, constraint or the server's message", arguments: DatabaseError.Kind.allCases)
    func noLeaks(kind: DatabaseError.Kind) {
        let problem = error(kind).problem
        let text = [problem.title, problem.detail ?? ""].joined(separator: " ")
        for secret in ["INSERT", "users", "email", "duplicate key", "23505", "$1"] {
            #expect(!text.contains(secret), "\(kind) leaks \(secret)")
        }
    }
}
