/// The one error type of `WarrantPostgres`: every query, decoding and pool failure is one of these.
///
/// Switch on ``kind`` to decide what to do; the HTTP layer maps
/// ``Kind/uniqueViolation`` to 409, ``Kind/checkViolation`` and ``Kind/notNullViolation``
/// to 422, and ``Kind/connectionLost``, ``Kind/unavailable`` and ``Kind/poolTimeout`` to 503.
///
/// ## What is safe to show
/// ``description`` is a fixed phrase per kind and never contains the server's message,
/// the SQL text, parameter values or anything else that came from the database or the
/// request, so it may be shown to API clients. (For ``Kind/decoding`` it also names the
/// column and the Swift type, which come from the program, not from data.)
/// ``diagnostics`` holds the server's message, detail, hint and the SQL text: log it,
/// never send it to a client. ``debugDescription`` includes the diagnostics and is meant
/// for logs and test output only.
public struct DatabaseError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, in the categories callers act on.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A unique or primary-key constraint rejected the row (SQLSTATE 23505).
        case uniqueViolation
        /// A `CHECK` constraint rejected the row (SQLSTATE 23514).
        case checkViolation
        /// A `NOT NULL` column was given no value (SQLSTATE 23502).
        case notNullViolation
        /// A foreign key points at a missing row, or a referenced row is still in use (SQLSTATE 23503).
        case foreignKeyViolation
        /// A value was out of range or malformed for its type (SQLSTATE class 22, data exception).
        case invalidInput
        /// The connection broke while a statement was in flight; the statement may or may not have run.
        case connectionLost
        /// No connection could be established (server down, refused, authentication failed,
        /// too many connections) or the pool is closed; the statement did not run.
        case unavailable
        /// No pooled connection became free within the configured acquire timeout; the statement did not run.
        case poolTimeout
        /// The server cancelled the statement, normally because `statement_timeout` expired (SQLSTATE 57014).
        case queryTimeout
        /// The statement names a table, column, function or schema the database does not have (SQLSTATE
        /// 42P01, 42703, 42883, 3F000): the database is behind the application's migrations.
        case schemaOutOfDate
        /// A result value could not be turned into the requested Swift type.
        case decoding
        /// Any other failure: syntax errors, permission errors, misuse of the API and so on.
        case other
    }

    /// The category of the failure.
    public let kind: Kind
    /// The five-character SQLSTATE the server reported, if the server reported one.
    public let sqlState: String?
    /// The name of the violated constraint, for constraint violations, so that
    /// application code can tell which rule was broken (e.g. `users_email_key`).
    public let constraint: String?
    /// Everything useful for debugging: server message, detail, hint, table, column and
    /// the SQL text. **For logs only**; may contain data and schema details.
    public let diagnostics: Diagnostics

    /// Creates an error; the driver builds these, tests and adapters may too.
    public init(kind: Kind, sqlState: String? = nil, constraint: String? = nil, diagnostics: Diagnostics) {
        self.kind = kind
        self.sqlState = sqlState
        self.constraint = constraint
        self.diagnostics = diagnostics
    }

    /// Creates an error from a kind and a driver-written message (kept in ``diagnostics``).
    init(_ kind: Kind, _ message: String, sql: String? = nil) {
        self.init(kind: kind, diagnostics: Diagnostics(message: message, sql: sql))
    }

    /// A fixed phrase per kind, safe to show to API clients (see the type's documentation).
    public var description: String {
        switch kind {
        case .uniqueViolation: "database error (uniqueViolation): a unique constraint was violated"
        case .checkViolation: "database error (checkViolation): a check constraint was violated"
        case .notNullViolation: "database error (notNullViolation): a required value was missing"
        case .foreignKeyViolation: "database error (foreignKeyViolation): a referenced row is missing or still in use"
        case .invalidInput: "database error (invalidInput): a value was not valid for its column"
        case .connectionLost: "database error (connectionLost): the database connection was lost"
        case .unavailable: "database error (unavailable): the database is unavailable"
        case .poolTimeout: "database error (poolTimeout): no database connection became free in time"
        case .queryTimeout: "database error (queryTimeout): the statement took too long and was cancelled"
        case .schemaOutOfDate: "database error (schemaOutOfDate): the database schema is behind the application; apply the pending migrations"
        case .decoding: "database error (decoding): \(diagnostics.message)"
        case .other: "database error (other)"
        }
    }

    /// ``description`` plus the SQLSTATE and all ``diagnostics``. **For logs and tests only.**
    public var debugDescription: String {
        var text = description
        if let sqlState { text += " [SQLSTATE \(sqlState)]" }
        if let constraint { text += " constraint=\(constraint)" }
        text += " message=\(diagnostics.message)"
        if let detail = diagnostics.detail { text += " detail=\(detail)" }
        if let hint = diagnostics.hint { text += " hint=\(hint)" }
        if let sql = diagnostics.sql { text += " sql=\(sql)" }
        return text
    }
}
