public import Warrant

extension PostgresConfiguration {
    /// Reads the `database.*` keys: `DATABASE_URL` (a libpq URI or key/value string; required),
    /// `DATABASE_POOL_SIZE` (default 2), `DATABASE_ACQUIRE_TIMEOUT_MS` (default 5000, then 503),
    /// `DATABASE_STATEMENT_TIMEOUT_MS` (default 10000), `DATABASE_STATEMENT_MODE` (`prepared` or `unnamed`),
    /// `DATABASE_PIPELINE_DEPTH` (statements sent together when every connection is busy; default 32),
    /// `DATABASE_IDLE_TIMEOUT_MS` (close connections unused this long; default 0, never).
    public init(settings: Settings) throws {
        guard let url = settings.string("database.url", secret: true), !url.isEmpty else {
            throw SettingsError(
                key: "DATABASE_URL",
                problem: "is not set: give a libpq connection string such as postgresql://user@host:5432/dbname (`make run` starts a local database for you)"
            )
        }
        if let problem = ConnectionStringSyntax.problem(in: url) {
            throw SettingsError(
                key: "DATABASE_URL",
                problem: "is not a connection string libpq accepts (\(problem)): use postgresql://user:password@host:5432/dbname"
            )
        }
        let poolSize = try settings.int("database.poolSize", default: 2)
        guard (1...512).contains(poolSize) else { throw SettingsError(key: "DATABASE_POOL_SIZE", problem: "is \(poolSize); use 1…512") }
        let acquire = try settings.int("database.acquireTimeoutMs", default: 5000)
        let statement = try settings.int("database.statementTimeoutMs", default: 10_000)
        guard acquire > 0, statement >= 0 else {
            throw SettingsError(key: "DATABASE_ACQUIRE_TIMEOUT_MS", problem: "and DATABASE_STATEMENT_TIMEOUT_MS must be positive")
        }
        let pipelineDepth = try settings.int("database.pipelineDepth", default: 32)
        guard (1...1024).contains(pipelineDepth) else { throw SettingsError(key: "DATABASE_PIPELINE_DEPTH", problem: "is \(pipelineDepth); use 1…1024") }
        let modeName = settings.string("database.statementMode") ?? "prepared"
        guard let mode = StatementMode(settingName: modeName) else {
            throw SettingsError(key: "DATABASE_STATEMENT_MODE", problem: "is '\(modeName)'; use prepared or unnamed")
        }
        let idle = try settings.int("database.idleTimeoutMs", default: 0)
        guard idle >= 0 else { throw SettingsError(key: "DATABASE_IDLE_TIMEOUT_MS", problem: "is \(idle); use 0 (never) or more") }
        self.init(
            connectionString: url,
            poolSize: poolSize,
            acquireTimeout: .milliseconds(acquire),
            statementTimeout: statement == 0 ? nil : .milliseconds(statement),
            statementMode: mode,
            pipelineDepth: pipelineDepth
        )
        idleTimeout = idle == 0 ? nil : .milliseconds(idle)
    }
}

extension StatementMode {
    /// `prepared` or `unnamed`.
    init?(settingName: String) {
        switch settingName {
        case "prepared": self = .prepared
        case "unnamed": self = .unnamed
        default: return nil
        }
    }
}
