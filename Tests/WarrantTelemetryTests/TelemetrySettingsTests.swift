import Configuration
import Testing
import Warrant
import WarrantTelemetry

@Suite("Telemetry settings")
struct TelemetrySettingsTests {
    func settings(_ values: [String: String]) throws -> TelemetrySettings {
        let reader = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: values))
        return try TelemetrySettings(Settings(environment: .test, reader: reader), environment: values)
    }

    @Test("everything is off unless asked for")
    func defaults() throws {
        #expect(try settings([:]) == TelemetrySettings(metrics: .off, metricsHost: "127.0.0.1", metricsPort: 9464, tracing: false))
    }

    @Test("Prometheus on a chosen listener; tracing follows the standard OTLP endpoint variable unless TRACING says otherwise")
    func chosen() throws {
        let prometheus = try settings(["METRICS": "prometheus", "METRICS_HOST": "0.0.0.0", "METRICS_PORT": "9100"])
        #expect(prometheus.metrics == .prometheus && prometheus.metricsHost == "0.0.0.0" && prometheus.metricsPort == 9100)
        #expect(try settings(["OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"]).tracing)
        #expect(try settings(["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:4318/v1/traces"]).tracing)
        #expect(try !settings(["OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "TRACING": "off"]).tracing)
        #expect(try settings(["TRACING": "otlp"]).tracing)
    }

    @Test("a malformed value stops start-up naming the variable", arguments: [
        (["METRICS": "statsd"], "METRICS"), (["METRICS_PORT": "0"], "METRICS_PORT"), (["METRICS_PORT": "many"], "metrics.port"),
        (["TRACING": "jaeger"], "TRACING"),
    ])
    func malformed(values: [String: String], key: String) {
        #expect {
            try settings(values)
        } throws: { error in
            String(describing: error).contains(key)
        }
    }

    @Test("the API records metrics and spans only when they are exported")
    func applied() {
        let options = TelemetrySettings(metrics: .emf, tracing: false).applied(to: OperationsOptions(accessLog: true))
        #expect(options.metrics && !options.tracing && options.accessLog)
        #expect(TelemetrySettings().applied(to: OperationsOptions()).metrics == false)
    }
}
