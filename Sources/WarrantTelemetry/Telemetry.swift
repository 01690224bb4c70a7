import Logging
import Metrics
import OTel
import Prometheus
public import ServiceLifecycle
import Tracing

/// Sets up where metrics and spans go, once per process: a Prometheus registry and its listener, CloudWatch
/// EMF lines, an OTLP/HTTP span exporter (swift-otel) — whichever the settings ask for.
public enum Telemetry {
    /// What was set up: services to run beside the server, and what to do after each Lambda invocation.
    public struct Backends: Sendable {
        /// Services to run in the server's service group (the metrics listener, the span exporter).
        public let services: [any Service]
        /// Called after each Lambda invocation, before its reply: writes the EMF lines.
        public let afterInvocation: @Sendable () -> Void
    }

    /// Bootstraps the process's metrics and tracing systems per `settings`. Call once, before building the API.
    public static func bootstrap(_ settings: TelemetrySettings, logger: Logger) throws -> Backends {
        var services: [any Service] = []
        var flushMetrics: @Sendable () -> Void = {}
        switch settings.metrics {
        case .off:
            break
        case .prometheus:
            let registry = PrometheusCollectorRegistry()
            var factory = PrometheusMetricsFactory(registry: registry)
            factory.defaultDurationHistogramBuckets = [
                .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5),
            ]
            MetricsSystem.bootstrap(factory)
            services.append(PrometheusEndpoint(registry: registry, host: settings.metricsHost, port: settings.metricsPort, logger: logger))
        case .emf:
            let factory = EMFMetrics()
            MetricsSystem.bootstrap(factory)
            flushMetrics = { factory.flush() }
        }
        if settings.tracing {
            var configuration = OTel.Configuration.default
            configuration.serviceName = "warrant-api"
            configuration.traces.enabled = true
            configuration.traces.otlpExporter.protocol = .httpProtobuf
            configuration.metrics.enabled = false
            configuration.logs.enabled = false
            // OTEL_* variables (endpoint, protocol, headers, sampler, service name) override these.
            let backend = try OTel.makeTracingBackend(configuration: configuration)
            // Spans leave in batches (OTEL_BSP_SCHEDULE_DELAY); in Lambda a batch waits for the environment to
            // thaw when it froze first, so keep that delay short there.
            InstrumentationSystem.bootstrap(backend.factory)
            services.append(backend.service)
        }
        return Backends(services: services) { [flushMetrics] in flushMetrics() }
    }
}
