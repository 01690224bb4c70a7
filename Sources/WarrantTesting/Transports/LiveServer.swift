import Hummingbird
import Logging
public import Warrant

/// The API served on a real loopback socket (127.0.0.1, a free port), for tests that want the whole
/// HTTP stack: parsing, keep-alive, headers as a real client sees them.
///
/// The server stops when the last reference to it goes, and Swift may release a local after its last use,
/// not at the end of its scope: a test that only reads ``port`` should `defer { server.stop() }` so the
/// server lives until the test ends.
public final class LiveServer: Sendable {
    /// The port it listens on.
    public let port: Int
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    /// Starts serving `api`; returns once the socket is listening.
    public static func start(_ api: API, logger: Logger = Logger(label: "warrant.test.live")) async throws -> LiveServer {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            responder: try api.makeResponder(),
            server: .http1(configuration: APIServer.httpConfiguration(api.limits)),
            configuration: APIServer.applicationConfiguration(host: "127.0.0.1", port: 0, limits: api.limits, logger: logger),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let task = Task { try await application.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw LiveServerError.didNotStart
        }
        return LiveServer(port: port, task: task)
    }

    /// Stops the server (in-flight requests finish first).
    public func stop() {
        task.cancel()
    }

    deinit {
        task.cancel()
    }
}

/// The live server could not start.
public enum LiveServerError: Error {
    /// It never reported a listening port.
    case didNotStart
}
