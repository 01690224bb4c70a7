import Hummingbird
public import Logging
public import ServiceLifecycle

/// Serves an ``API`` over HTTP until SIGTERM or SIGINT, then shuts down gracefully.
public enum APIServer {
    /// Binds `host:port` and serves `api`, running `services` (such as a database pool) alongside.
    ///
    /// On SIGTERM/SIGINT the server stops accepting connections, lets in-flight requests finish and
    /// then stops the services in reverse order.
    public static func run(
        _ api: API,
        host: String,
        port: Int,
        services: [any Service] = [],
        logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let application = Application(
            responder: try api.makeResponder(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
        try await application.runService()
    }
}
