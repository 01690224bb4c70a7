extension DatabaseError.Kind {
    /// Classifies a server-reported SQLSTATE.
    ///
    /// Codes are listed in the PostgreSQL manual's "PostgreSQL Error Codes" appendix.
    init(sqlState: String) {
        switch sqlState {
        case "23505": self = .uniqueViolation
        case "23514": self = .checkViolation
        case "23502": self = .notNullViolation
        case "23503": self = .foreignKeyViolation
        case "57014": self = .queryTimeout
        // admin_shutdown, crash_shutdown: the server is terminating this session.
        case "57P01", "57P02": self = .connectionLost
        // cannot_connect_now (starting up / shutting down), too_many_connections,
        // invalid_authorization_specification, invalid_password, database does not exist.
        case "57P03", "53300", "28000", "28P01", "3D000": self = .unavailable
        // undefined_table, undefined_column, undefined_function, invalid_schema_name: the schema the
        // statement expects is not there — in a working app, a migration not yet applied.
        case "42P01", "42703", "42883", "3F000": self = .schemaOutOfDate
        default:
            if sqlState.hasPrefix("22") {
                self = .invalidInput
            } else if sqlState.hasPrefix("08") {
                self = .connectionLost
            } else {
                self = .other
            }
        }
    }
}
