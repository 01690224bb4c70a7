public import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
public import NIOCore
import NIOEmbedded
import Synchronization
public import Warrant

/// Calls the API's responder directly: the same router and middleware as production, without a socket.
public struct InProcessTransport: TestTransport {
    private let responder: RouterResponder<WarrantContext>
    private let logger: Logger

    /// A transport for `api`; building it checks the API's declarations like server start-up does.
    public init(api: API, logger: Logger = Logger(label: "warrant.test")) throws {
        responder = try api.makeResponder()
        self.logger = logger
    }

    /// Sends one request through the responder.
    public func send(_ request: HTTPRequest, body: ByteBuffer?) async throws -> TestResponse {
        var head = request
        if let body, head.headerFields[.contentLength] == nil {
            head.headerFields[.contentLength] = String(body.readableBytes)
        }
        let hummingbirdRequest = HummingbirdCore.Request(head: head, body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = WarrantContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: logger))
        let response = try await responder.respond(to: hummingbirdRequest, context: context)
        let collector = BodyCollector()
        try await response.body.write(collector)
        return TestResponse(status: response.status, headers: response.headers, body: collector.collected)
    }
}

/// Gathers a response body's buffers.
private struct BodyCollector: ResponseBodyWriter {
    private let storage = Storage()

    var collected: ByteBuffer { storage.buffer.withLock { $0 } }

    mutating func write(_ buffer: ByteBuffer) async throws {
        var incoming = buffer
        storage.buffer.withLock { _ = $0.writeBuffer(&incoming) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}

    /// Shared between the writer (consumed by `finish`) and the client reading the result.
    private final class Storage: Sendable {
        let buffer = Mutex(ByteBuffer())
    }
}
