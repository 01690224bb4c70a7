import WarrantPostgres

/// The database password read from Secrets Manager at start-up (`DATABASE_PASSWORD_SECRET_ARN`), kept in
/// memory only — never in the function's configuration.
struct StoredDatabasePassword: PostgresPasswordSource, CustomStringConvertible {
    let value: String

    func password() -> String {
        value
    }

    /// Never the password.
    var description: String { "StoredDatabasePassword(***)" }
}
