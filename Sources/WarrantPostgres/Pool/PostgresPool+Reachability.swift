extension PostgresPool {
    /// Runs `SELECT 1`, so that a server refuses to start against a database it cannot reach and
    /// says why, instead of answering 503 to its first requests.
    ///
    /// - Throws: ``DatabaseUnreachableError`` naming the connection (password redacted) and libpq's reason.
    public func checkReachable() async throws(DatabaseUnreachableError) {
        do {
            _ = try await query("SELECT 1")
        } catch {
            throw DatabaseUnreachableError(
                connection: ConnectionStringRedaction.redact(configuration.connectionString),
                reason: error.diagnostics.message.split(whereSeparator: \.isNewline)
                    .map { $0.drop(while: \.isWhitespace) }.filter { !$0.isEmpty }.joined(separator: " ")
            )
        }
    }
}

/// The database could not be reached when the server started.
public struct DatabaseUnreachableError: Error, CustomStringConvertible {
    /// The connection settings tried, with the password shown as `***`.
    public let connection: String
    /// libpq's or the server's explanation (no secrets: libpq never echoes the password).
    public let reason: String

    /// What failed and what to do about it.
    public var description: String {
        "cannot reach the database (\(connection)): \(reason) — start PostgreSQL (`make run` starts one) or fix DATABASE_URL"
    }
}
