import Logging

/// Everything a ``PostgresPool`` needs: where to connect and how to behave.
///
/// The connection string is handed to libpq untouched, so every libpq form works:
/// URIs (`postgresql://user:secret@host:5432/db?sslmode=require`), key/value strings
/// (`host=… dbname=…`), service files (`service=…`) and the `PG*` environment variables
/// for anything the string leaves out. The password is never logged; ``description``
/// shows the string with it redacted.
public struct PostgresConfiguration: Sendable, CustomStringConvertible {
    /// A libpq connection string or URI.
    public var connectionString: String
    /// How many connections (each with its own thread) the pool keeps. At least 1.
    public var poolSize: Int
    /// How long a statement may wait for a free connection before failing with
    /// ``DatabaseError/Kind/poolTimeout``.
    public var acquireTimeout: Duration
    /// The session's `statement_timeout`, set on every connection; a statement running
    /// longer fails with ``DatabaseError/Kind/queryTimeout``. `nil` keeps the server's setting.
    public var statementTimeout: Duration?
    /// libpq's `connect_timeout`, used unless the connection string or `PGCONNECT_TIMEOUT`
    /// sets one. `nil` leaves it to libpq (which waits indefinitely).
    public var connectTimeout: Duration?
    /// Whether statements are prepared once per connection or sent unnamed every time.
    public var statementMode: StatementMode
    /// How many prepared statements each connection keeps before dropping the oldest.
    public var preparedStatementCapacity: Int
    /// How many queued statements one connection may send in a single pipeline when every
    /// connection is busy (one round trip instead of several). 1 turns pipelining off.
    /// Only plain `SELECT`/`INSERT`/`UPDATE`/`DELETE`/`WITH` statements are pipelined, each
    /// with its own sync point, so one failing statement does not affect the others.
    public var pipelineDepth: Int
    /// `application_name` reported to the server unless the connection string sets one.
    public var applicationName: String
    /// Where connection events are logged. Defaults to a logger that discards everything.
    public var logger: Logger
    /// Report the pool's size, connections in use and wait times through swift-metrics.
    public var metrics = false
    /// Trace every statement as a client span (its SQL text, which holds `$n` placeholders, never values).
    public var tracing = false
    /// How long a connection may sit unused before the pool closes it (it reconnects on the next
    /// statement); `nil` keeps connections open. Lets instances that went quiet give their connections
    /// back to a server whose `max_connections` others are waiting for.
    public var idleTimeout: Duration?
    /// Where each new connection's password comes from when it changes over time (an RDS IAM token);
    /// `nil` uses the connection string's.
    public var passwordSource: (any PostgresPasswordSource)?

    /// Creates a configuration; only the connection string is required.
    public init(
        connectionString: String,
        poolSize: Int = 4,
        acquireTimeout: Duration = .seconds(5),
        statementTimeout: Duration? = nil,
        connectTimeout: Duration? = .seconds(10),
        statementMode: StatementMode = .prepared,
        preparedStatementCapacity: Int = 256,
        pipelineDepth: Int = 32,
        applicationName: String = "warrant",
        logger: Logger = Logger(label: "warrant.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.connectionString = connectionString
        self.poolSize = poolSize
        self.acquireTimeout = acquireTimeout
        self.statementTimeout = statementTimeout
        self.connectTimeout = connectTimeout
        self.statementMode = statementMode
        self.preparedStatementCapacity = preparedStatementCapacity
        self.pipelineDepth = pipelineDepth
        self.applicationName = applicationName
        self.logger = logger
    }

    /// The settings with the connection string's password replaced by `***`.
    public var description: String {
        "PostgresConfiguration(connection: \(ConnectionStringRedaction.redact(connectionString)), poolSize: \(poolSize), "
            + "acquireTimeout: \(acquireTimeout), statementTimeout: \(statementTimeout.map { "\($0)" } ?? "server default"), "
            + "statementMode: \(statementMode))"
    }
}
