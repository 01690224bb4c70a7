/// What the server tells its operators about each request: an access-log line, metrics, a trace span.
///
/// Each is off unless turned on, so an API built in a test is quiet; `api serve` and `api lambda` read them from
/// the configuration (``ServerSettings``), where the access log and metrics default to on.
public struct OperationsOptions: Sendable, Equatable {
    /// One structured line per request (`ACCESS_LOG_ENABLED`).
    public var accessLog: Bool
    /// Put the caller's subject id on the access-log line (`ACCESS_LOG_SUBJECT`; off by default: it is
    /// personal data in many places).
    public var accessLogSubject: Bool
    /// Record request, credential and sign-in metrics through swift-metrics (`METRICS`).
    public var metrics: Bool
    /// Open a server span per request, with child spans for credentials and database statements, through
    /// swift-distributed-tracing (on when a tracer is configured: `OTEL_EXPORTER_OTLP_ENDPOINT`).
    public var tracing: Bool

    /// Options; everything off by default.
    public init(accessLog: Bool = false, accessLogSubject: Bool = false, metrics: Bool = false, tracing: Bool = false) {
        self.accessLog = accessLog
        self.accessLogSubject = accessLogSubject
        self.metrics = metrics
        self.tracing = tracing
    }
}
