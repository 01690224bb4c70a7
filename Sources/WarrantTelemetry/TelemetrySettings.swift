public import Warrant

/// Where the server's metrics and traces go (`METRICS`, `METRICS_HOST`, `METRICS_PORT`, `TRACING`, and the
/// standard `OTEL_*` variables for the exporter).
///
/// | variable | default | meaning |
/// | --- | --- | --- |
/// | `METRICS` | `off` | `prometheus` (a separate listener, never the API's port), `emf` (CloudWatch lines, for Lambda), or `off` |
/// | `METRICS_HOST`, `METRICS_PORT` | `127.0.0.1`, `9464` | where Prometheus scrapes `/metrics`: loopback unless you open it |
/// | `TRACING` | `otlp` when `OTEL_EXPORTER_OTLP_ENDPOINT` is set, else `off` | `otlp` exports spans over OTLP/HTTP |
public struct TelemetrySettings: Sendable, Equatable {
    /// Where metrics go.
    public enum Metrics: String, Sendable, CaseIterable {
        /// Not recorded at all.
        case off
        /// Scraped from `/metrics` on a listener of its own.
        case prometheus
        /// CloudWatch embedded-metric-format lines on standard output, one flush per Lambda invocation.
        case emf
    }

    /// Where metrics go.
    public var metrics: Metrics
    /// The Prometheus listener's address.
    public var metricsHost: String
    /// The Prometheus listener's port.
    public var metricsPort: Int
    /// Whether spans are exported over OTLP/HTTP.
    public var tracing: Bool

    /// Explicit settings; off by default.
    public init(metrics: Metrics = .off, metricsHost: String = "127.0.0.1", metricsPort: Int = 9464, tracing: Bool = false) {
        self.metrics = metrics
        self.metricsHost = metricsHost
        self.metricsPort = metricsPort
        self.tracing = tracing
    }

    /// Reads the settings; fails naming the variable when one is malformed.
    public init(_ settings: Settings, environment: [String: String]) throws {
        let name = settings.string("metrics") ?? Metrics.off.rawValue
        guard let metrics = Metrics(rawValue: name) else {
            throw SettingsError(key: "METRICS", problem: "is '\(name)'; use \(Metrics.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let port = try settings.int("metrics.port", default: 9464)
        guard (1...65535).contains(port) else { throw SettingsError(key: "METRICS_PORT", problem: "is \(port); use 1…65535") }
        let tracingDefault = environment["OTEL_EXPORTER_OTLP_ENDPOINT"] != nil || environment["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] != nil
        let tracing = settings.string("tracing") ?? (tracingDefault ? "otlp" : "off")
        guard ["otlp", "off"].contains(tracing) else { throw SettingsError(key: "TRACING", problem: "is '\(tracing)'; use otlp or off") }
        self.init(metrics: metrics, metricsHost: settings.string("metrics.host") ?? "127.0.0.1", metricsPort: port, tracing: tracing == "otlp")
    }

    /// The API's operations options with these backends: metrics and spans are recorded only when exported.
    public func applied(to operations: OperationsOptions) -> OperationsOptions {
        var operations = operations
        operations.metrics = metrics != .off
        operations.tracing = tracing
        return operations
    }
}
