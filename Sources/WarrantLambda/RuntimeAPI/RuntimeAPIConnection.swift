import NIOCore
import NIOHTTP1
import NIOPosix

/// A keep-alive HTTP/1.1 connection to the Runtime API.
///
/// There is deliberately no read timeout: `invocation/next` long-polls until Lambda has an event,
/// which can take as long as the environment stays frozen.
struct RuntimeAPIConnection: Sendable {
    /// The underlying channel; closing it fails the request in flight.
    let channel: any Channel

    /// Opens a connection to `endpoint`.
    static func connect(to endpoint: RuntimeAPIEndpoint, group: any EventLoopGroup) async throws -> RuntimeAPIConnection {
        let hostHeader = endpoint.hostHeader
        do {
            let channel = try await ClientBootstrap(group: group)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(RuntimeAPIClientHandler(hostHeader: hostHeader))
                    }
                }
                .connect(host: endpoint.host, port: endpoint.port)
                .get()
            return RuntimeAPIConnection(channel: channel)
        } catch {
            throw LambdaRuntimeError(.connectionLost, "cannot connect to the Runtime API at \(hostHeader): \(error)")
        }
    }

    /// Whether the connection can still carry requests.
    var isActive: Bool { self.channel.isActive }

    /// Sends one request and waits for its complete response. Cancelling the calling task closes
    /// the connection, because a half-finished exchange leaves it unusable.
    func execute(_ request: RuntimeAPIRequest) async throws -> RuntimeAPIResponse {
        let promise = self.channel.eventLoop.makePromise(of: RuntimeAPIResponse.self)
        let writePromise = self.channel.eventLoop.makePromise(of: Void.self)
        writePromise.futureResult.whenFailure { error in
            promise.fail(LambdaRuntimeError(.connectionLost, "cannot write to the Runtime API: \(error)"))
        }
        self.channel.writeAndFlush(RuntimeAPIExchange(request: request, promise: promise), promise: writePromise)
        let channel = self.channel
        return try await withTaskCancellationHandler {
            try await promise.futureResult.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }

    /// Closes the connection.
    func close() async {
        try? await self.channel.close()
    }
}
