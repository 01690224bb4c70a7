import Hummingbird
import Logging
import Prometheus
public import ServiceLifecycle

/// `GET /metrics` in Prometheus's text format, on a listener of its own — loopback by default, so the
/// numbers are never part of the public API.
public struct PrometheusEndpoint: Service {
    let registry: PrometheusCollectorRegistry
    let host: String
    let port: Int
    let logger: Logger

    init(registry: PrometheusCollectorRegistry, host: String, port: Int, logger: Logger) {
        self.registry = registry
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Serves until the service group shuts down.
    public func run() async throws {
        let router = Router()
        let registry = self.registry
        router.get("/metrics") { _, _ in
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: buffer))
            )
        }
        let logger = self.logger
        let application = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                logger.info("metrics", metadata: ["scrape": "http://\(host):\(channel.localAddress?.port ?? port)/metrics"])
            },
            logger: logger
        )
        try await application.run()
    }
}
