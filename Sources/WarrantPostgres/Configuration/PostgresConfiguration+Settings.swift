public import Warrant

extension PostgresConfiguration {
    /// Reads the `database.*` keys: `DATABASE_URL` (a libpq URI or key/value string; required),
    /// `DATABASE_POOL_SIZE` (default 8), `DATABASE_ACQUIRE_TIMEOUT_MS` (default 5000, then 503),
    /// `DATABASE_STATEMENT_TIMEOUT_MS` (default 10000), `DATABASE_STATEMENT_MODE` (`prepared` or `unnamed`).
    public init(settings: Settings) throws {
        guard let url = settings.string("database.url", secret: true), !url.isEmpty else {
            throw SettingsError(
                key: "DATABASE_URL",
                problem: "is not set: give a libpq connection string such as postgresql://user@host:5432/dbname (`make run` starts a local database for you)"
            )
        }
        let poolSize = try settings.int("database.poolSize", default: 8)
        guard (1...512).contains(poolSize) else { throw SettingsError(key: "DATABASE_POOL_SIZE", problem: "is \(poolSize); use 1…512") }
        let acquire = try settings.int("database.acquireTimeoutMs", default: 5000)
        let statement = try settings.int("database.statementTimeoutMs", default: 10_000)
        guard acquire > 0, statement >= 0 else {
            throw SettingsError(key: "DATABASE_ACQUIRE_TIMEOUT_MS", problem: "and DATABASE_STATEMENT_TIMEOUT_MS must be positive")
        }
        let modeName = settings.string("database.statementMode") ?? "prepared"
        guard let mode = StatementMode(settingName: modeName) else {
            throw SettingsError(key: "DATABASE_STATEMENT_MODE", problem: "is '\(modeName)'; use prepared or unnamed")
        }
        self.init(
            connectionString: url,
            poolSize: poolSize,
            acquireTimeout: .milliseconds(acquire),
            statementTimeout: statement == 0 ? nil : .milliseconds(statement),
            statementMode: mode
        )
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
