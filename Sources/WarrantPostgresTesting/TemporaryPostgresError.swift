/// Why a ``TemporaryPostgres`` could not be started, used or stopped.
public enum TemporaryPostgresError: Error, CustomStringConvertible, Sendable {
    /// `initdb` and `pg_ctl` were found in none of the listed places.
    case binariesNotFound(searched: [String])
    /// Running as root, but there is no `postgres` user to run the server as
    /// (PostgreSQL refuses to run as root), or no `runuser` to switch to it.
    case cannotDropRoot(String)
    /// A command exited unsuccessfully; `output` holds its output and, for server start-up,
    /// the end of the server log.
    case commandFailed(command: String, status: Int32, output: String)
    /// A command did not finish in time and was terminated.
    case timedOut(command: String, after: Duration)
    /// A database name that is not a plain lower-case identifier.
    case invalidDatabaseName(String)
    /// The operation needs a running server.
    case notRunning
    /// A system call failed.
    case system(String)

    /// A readable explanation, with what to do where there is something to do.
    public var description: String {
        switch self {
        case .binariesNotFound(let searched):
            "PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL "
                + "(Debian/Ubuntu: apt-get install postgresql) or set WARRANT_POSTGRES_BIN. Searched: "
                + searched.joined(separator: ", ")
        case .cannotDropRoot(let reason):
            "running as root, but PostgreSQL must run as an ordinary user: \(reason)"
        case .commandFailed(let command, let status, let output):
            "\(command) failed with status \(status):\n\(output)"
        case .timedOut(let command, let after):
            "\(command) did not finish within \(after)"
        case .invalidDatabaseName(let name):
            "invalid database name \"\(name)\": use lower-case letters, digits and underscores, at most 63 characters"
        case .notRunning:
            "the temporary PostgreSQL server is not running"
        case .system(let message):
            message
        }
    }
}
