import Configuration
import WarrantJSON

/// The framework's own settings: where to listen, the docs pages, the input limits.
public struct ServerSettings: Sendable {
    /// The address to bind (`HOST`; default `127.0.0.1`).
    public var host: String
    /// The port to bind (`PORT`; default 8080).
    public var port: Int
    /// The docs pages (`DOCS_ENABLED`, `DOCS_ASSETS_DIRECTORY`, `DOCS_ASSETS_URL`, `DOCS_OAUTH_CLIENT_ID`,
    /// `DOCS_CONNECT_SOURCES`).
    public var docs: DocsOptions
    /// Input limits (`LIMITS_BODY_BYTES`, `LIMITS_JSON_DEPTH`, `LIMITS_JSON_STRING_BYTES`, `LIMITS_URI_BYTES`,
    /// `LIMITS_QUERY_ITEMS`, `LIMITS_HEADER_COUNT`, `LIMITS_HEADER_BYTES`, `LIMITS_REQUEST_TIMEOUT_MS`,
    /// `LIMITS_IDLE_TIMEOUT_MS`, `LIMITS_HEADER_TIMEOUT_MS`, `LIMITS_MAX_CONNECTIONS`).
    public var limits: InputLimits
    /// Browser origins allowed to call the API (`CORS_ALLOWED_ORIGINS`, comma-separated; none by default).
    public var cors: CORSOptions
    /// How a request's client address is told (`TRUSTED_PROXY_HOPS`: the proxies of yours in front of the
    /// server, whose `X-Forwarded-For` entries are believed; 0, the default, uses the connection's peer).
    public var clientAddresses: ClientAddresses
    /// The access log, metrics and spans (`ACCESS_LOG_ENABLED`, default on; `ACCESS_LOG_SUBJECT`, default off; metrics
    /// and spans are turned on by the telemetry settings that export them).
    public var operations: OperationsOptions
    /// How long in-flight requests may run after SIGTERM/SIGINT before they are cancelled
    /// (`SHUTDOWN_GRACE_MS`, default 25 s: inside the 30 s most orchestrators wait).
    public var shutdownGrace: Duration
    /// The key page cursors are sealed with (`PAGINATION_KEY`, 32 bytes base64url); this process's own when
    /// unset, so set it wherever more than one instance serves.
    public var cursorKey: CursorKey = .processDefault

    /// Explicit settings; the defaults are those of an empty configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, docs: DocsOptions = DocsOptions(), limits: InputLimits = InputLimits(),
        cors: CORSOptions = CORSOptions(), shutdownGrace: Duration = .seconds(25), clientAddresses: ClientAddresses = ClientAddresses(),
        operations: OperationsOptions = OperationsOptions()
    ) {
        self.clientAddresses = clientAddresses
        self.operations = operations
        self.host = host
        self.port = port
        self.docs = docs
        self.limits = limits
        self.cors = cors
        self.shutdownGrace = shutdownGrace
    }

    /// Reads the framework's keys from `settings`.
    public init(_ settings: Settings) throws {
        host = settings.string("host") ?? "127.0.0.1"
        port = try settings.int("port", default: 8080)
        let grace = try settings.int("shutdownGraceMs", default: 25_000)
        guard grace > 0 else { throw SettingsError(key: "SHUTDOWN_GRACE_MS", problem: "is \(grace); use a positive number of milliseconds") }
        shutdownGrace = .milliseconds(grace)
        guard (0...65535).contains(port) else { throw SettingsError(key: "PORT", problem: "is \(port); use 0…65535") }
        let connectSources = settings.strings("docs.connectSources")
        for source in connectSources where DocsAssets.origin(of: source) != source || !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
            throw SettingsError(key: "DOCS_CONNECT_SOURCES", problem: "holds '\(source)'; list origins such as https://auth.example.com (scheme, host and port only)")
        }
        let clientID = settings.string("docs.oauthClientID")
        if let clientID, clientID.isEmpty || !clientID.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) {
            throw SettingsError(key: "DOCS_OAUTH_CLIENT_ID", problem: "must be printable ASCII without spaces")
        }
        docs = DocsOptions(
            enabled: try settings.bool("docs.enabled", default: true),
            assetsDirectory: settings.string("docs.assetsDirectory"),
            assetsURL: settings.string("docs.assetsURL"),
            oauthClientID: clientID,
            connectSources: connectSources,
            persistAuthorization: try settings.bool("docs.persistAuthorization", default: settings.environment != .production)
        )
        var json = JSONLimits.default
        json.maxDepth = try settings.int("limits.jsonDepth", default: json.maxDepth)
        json.maxStringLength = try settings.int("limits.jsonStringBytes", default: json.maxStringLength)
        let defaults = InputLimits()
        limits = InputLimits(
            maxBodyBytes: try settings.int("limits.bodyBytes", default: defaults.maxBodyBytes),
            json: json,
            maxURIBytes: try settings.int("limits.uriBytes", default: defaults.maxURIBytes),
            maxQueryItems: try settings.int("limits.queryItems", default: defaults.maxQueryItems),
            maxHeaderCount: try settings.int("limits.headerCount", default: defaults.maxHeaderCount),
            maxHeaderBytes: try settings.int("limits.headerBytes", default: defaults.maxHeaderBytes),
            requestTimeout: .milliseconds(try settings.int("limits.requestTimeoutMs", default: 30_000)),
            idleTimeout: .milliseconds(try settings.int("limits.idleTimeoutMs", default: 60_000)),
            headerTimeout: .milliseconds(try settings.int("limits.headerTimeoutMs", default: 10_000)),
            maxConnections: try settings.int("limits.maxConnections", default: defaults.maxConnections),
            uploads: UploadLimits(
                maxBytes: try settings.int("limits.uploadBytes", default: defaults.uploads.maxBytes),
                maxPartBytes: try settings.int("limits.uploadPartBytes", default: defaults.uploads.maxPartBytes),
                maxParts: try settings.int("limits.uploadParts", default: defaults.uploads.maxParts),
                memoryThreshold: try settings.int("limits.uploadMemoryBytes", default: defaults.uploads.memoryThreshold),
                temporaryDirectory: settings.string("limits.uploadDirectory")
            )
        )
        guard limits.maxConnections > 0 else { throw SettingsError(key: "LIMITS_MAX_CONNECTIONS", problem: "must be positive") }
        let origins = settings.strings("cors.allowedOrigins")
        for origin in origins where origin == "*" || !(origin.hasPrefix("https://") || origin.hasPrefix("http://")) {
            throw SettingsError(key: "CORS_ALLOWED_ORIGINS", problem: "holds '\(origin)'; list exact origins such as https://app.example.com (never *)")
        }
        cors = CORSOptions(allowedOrigins: Set(origins))
        let hops = try settings.int("trustedProxyHops", default: 0)
        guard (0...8).contains(hops) else { throw SettingsError(key: "TRUSTED_PROXY_HOPS", problem: "is \(hops); use 0 (no proxy) to 8") }
        clientAddresses = ClientAddresses(trustedProxyHops: hops)
        operations = OperationsOptions(
            accessLog: try settings.bool("accessLog.enabled", default: true),
            accessLogSubject: try settings.bool("accessLog.subject", default: false)
        )
        if let text = settings.string("pagination.key", secret: true) {
            guard let key = CursorKey(base64URL: text) else {
                throw SettingsError(key: "PAGINATION_KEY", problem: "must be 32 random bytes, base64url-encoded (43 characters)")
            }
            cursorKey = key
        }
    }
}
