import NIOCore
import NIOHTTP1

/// Turns ``RuntimeAPIExchange`` writes into HTTP/1.1 requests and matches each response to its
/// exchange's promise. Requests are answered in order on a keep-alive connection, so a FIFO of
/// promises is all the bookkeeping needed (the runtime only ever has one in flight).
final class RuntimeAPIClientHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = RuntimeAPIExchange
    typealias OutboundOut = HTTPClientRequestPart

    private let hostHeader: String
    private var waiting: [EventLoopPromise<RuntimeAPIResponse>] = []
    private var head: HTTPResponseHead?
    private var body: ByteBuffer?

    init(hostHeader: String) {
        self.hostHeader = hostHeader
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let exchange = self.unwrapOutboundIn(data)
        let request = exchange.request
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: self.hostHeader)
        headers.add(name: "User-Agent", value: "warrant-lambda")
        headers.add(name: "Content-Length", value: String(request.body?.readableBytes ?? 0))
        for (name, value) in request.headers {
            headers.add(name: name, value: value)
        }
        self.waiting.append(exchange.promise)
        let head = HTTPRequestHead(version: .http1_1, method: request.method, uri: request.path, headers: headers)
        context.write(self.wrapOutboundOut(.head(head)), promise: nil)
        if let body = request.body, body.readableBytes > 0 {
            context.write(self.wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        context.write(self.wrapOutboundOut(.end(nil)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            self.body = nil
        case .body(var part):
            if self.body == nil {
                self.body = part
            } else {
                self.body?.writeBuffer(&part)
            }
        case .end:
            guard let head = self.head, !self.waiting.isEmpty else { return }
            let promise = self.waiting.removeFirst()
            let body = self.body ?? context.channel.allocator.buffer(capacity: 0)
            self.head = nil
            self.body = nil
            promise.succeed(RuntimeAPIResponse(head: head, body: body))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.failAll(LambdaRuntimeError(.connectionLost, "the Runtime API closed the connection"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        self.failAll(LambdaRuntimeError(.connectionLost, "Runtime API connection failed: \(error)"))
        context.close(promise: nil)
    }

    private func failAll(_ error: LambdaRuntimeError) {
        let waiting = self.waiting
        self.waiting.removeAll()
        for promise in waiting {
            promise.fail(error)
        }
    }
}
