public import Hummingbird
import HummingbirdCore
import NIOCore
public import Logging
public import ServiceLifecycle

/// Serves an ``API`` over HTTP until SIGTERM or SIGINT, then shuts down gracefully.
public enum APIServer {
    /// Binds `host:port` and serves `api`, running `services` (such as a database pool) alongside.
    ///
    /// On SIGTERM/SIGINT the server stops accepting connections, lets in-flight requests finish (for at
    /// most `shutdownGrace`, then cancels them) and then stops the services in reverse order.
    public static func run(
        _ api: API,
        host: String,
        port: Int,
        services: [any Service] = [],
        shutdownGrace: Duration = .seconds(25),
        logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await run(
            responder: api.makeResponder(), limits: api.limits, host: host, port: port, services: services,
            shutdownGrace: shutdownGrace, logger: logger, onServerRunning: onServerRunning
        )
    }

    /// Binds `host:port` and serves a responder built beforehand with ``API/makeResponder(specification:)``
    /// — so the API's declarations are checked before anything else happens (such as migrating).
    public static func run(
        responder: RouterResponder<WarrantContext>,
        limits: InputLimits,
        host: String,
        port: Int,
        services: [any Service] = [],
        shutdownGrace: Duration = .seconds(25),
        logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let application = Application(
            responder: responder,
            server: .http1(configuration: httpConfiguration(limits)),
            configuration: applicationConfiguration(host: host, port: port, limits: limits, logger: logger),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
        var group = ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = shutdownGrace
        // Gathered log lines are written before the process ends, however the server stopped.
        defer { LogOutput.standardError.flush() }
        try await ServiceGroup(configuration: group).run()
    }

    /// Where to listen, and the cap on open connections (logged when reached).
    public static func applicationConfiguration(host: String, port: Int, limits: InputLimits, logger: Logger) -> ApplicationConfiguration {
        ApplicationConfiguration(
            address: .hostname(host, port: port), serverName: nil,
            availableConnectionsDelegate: ConnectionCap(maximum: limits.maxConnections, logger: logger)
        )
    }

    /// The HTTP/1.1 channel's settings for `limits`: the idle timeout (silent clients are disconnected), the
    /// header deadline and the closing after a `Connection: close` answer (`ConnectionGuard`), and the
    /// header limits enforced while parsing.
    public static func httpConfiguration(_ limits: InputLimits) -> HTTP1Channel.Configuration {
        let headerTimeout = TimeAmount(limits.headerTimeout)
        return HTTP1Channel.Configuration(
            additionalChannelHandlers: [ConnectionGuard(headerTimeout: headerTimeout)],
            idleTimeout: TimeAmount(limits.idleTimeout),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes, maxHeaderFieldCount: limits.maxHeaderCount)
        )
    }
}
