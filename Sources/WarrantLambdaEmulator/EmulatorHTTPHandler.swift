import NIOCore
import NIOHTTP1

/// Serves the Runtime API endpoints on one connection from a runtime.
final class EmulatorHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private static let basePath = "/2018-06-01/runtime"

    private let state: EmulatorState
    private let functionARN: String
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    /// The `invocation/next` this connection is blocked in, withdrawn if the connection closes.
    private var pendingNextID: Int?

    init(state: EmulatorState, functionARN: String) {
        self.state = state
        self.functionARN = functionARN
    }

    func channelActive(context: ChannelHandlerContext) {
        self.state.connectionOpened(context.channel)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let id = self.pendingNextID {
            self.state.withdrawNext(id: id)
            self.pendingNextID = nil
        }
        self.state.connectionClosed(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            self.body = []
        case .body(let buffer):
            self.body.append(contentsOf: buffer.readableBytesView)
        case .end:
            guard let head = self.head else { return }
            self.head = nil
            self.route(head, body: self.body, context: context)
        }
    }

    private func route(_ head: HTTPRequestHead, body: [UInt8], context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        guard path.hasPrefix(Self.basePath) else {
            return self.reply(.notFound, json: #"{"errorMessage":"unknown path","errorType":"NotFound"}"#, context: context)
        }
        let segments = path.dropFirst(Self.basePath.count).split(separator: "/").map(String.init)
        switch (head.method, segments.count, segments.first, segments.last) {
        case (.GET, 2, "invocation", "next"):
            self.serveNext(context: context)
        case (.POST, 3, "invocation", "response"):
            let outcome = LambdaEmulatorOutcome.response(body)
            self.record(outcome, requestID: Self.percentDecoded(segments[1]), context: context)
        case (.POST, 3, "invocation", "error"):
            let report = LambdaEmulatorErrorReport(errorTypeHeader: head.headers.first(name: "Lambda-Runtime-Function-Error-Type"), body: body)
            self.record(.error(report), requestID: Self.percentDecoded(segments[1]), context: context)
        case (.POST, 2, "init", "error"):
            let report = LambdaEmulatorErrorReport(errorTypeHeader: head.headers.first(name: "Lambda-Runtime-Function-Error-Type"), body: body)
            self.state.recordInitError(report)
            self.reply(.accepted, json: #"{"status":"OK"}"#, context: context)
        default:
            self.reply(.notFound, json: #"{"errorMessage":"unknown path","errorType":"NotFound"}"#, context: context)
        }
    }

    /// Long-polls: answers once an event is queued, however long that takes.
    private func serveNext(context: ChannelHandlerContext) {
        let promise = context.eventLoop.makePromise(of: LambdaEmulatorEvent.self)
        self.pendingNextID = self.state.requestNext(promise)
        promise.futureResult.assumeIsolated().whenSuccess { event in
            self.pendingNextID = nil
            guard context.channel.isActive else {
                self.state.requeue(event)
                return
            }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Lambda-Runtime-Aws-Request-Id", value: event.requestID)
            headers.add(name: "Lambda-Runtime-Deadline-Ms", value: String(event.deadlineMilliseconds))
            headers.add(name: "Lambda-Runtime-Invoked-Function-Arn", value: self.functionARN)
            headers.add(name: "Lambda-Runtime-Trace-Id", value: event.traceID)
            self.reply(.ok, headers: headers, body: event.payload, context: context)
        }
    }

    private func record(_ outcome: LambdaEmulatorOutcome, requestID: String, context: ChannelHandlerContext) {
        switch self.state.record(outcome, for: requestID) {
        case .recorded:
            self.reply(.accepted, json: #"{"status":"OK"}"#, context: context)
        case .unknownRequestID:
            self.reply(.badRequest, json: #"{"errorMessage":"no invocation in flight with that id","errorType":"InvalidRequestID"}"#, context: context)
        }
    }

    private func reply(_ status: HTTPResponseStatus, json: String, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        self.reply(status, headers: headers, body: Array(json.utf8), context: context)
    }

    private func reply(_ status: HTTPResponseStatus, headers: HTTPHeaders, body: [UInt8], context: ChannelHandlerContext) {
        var headers = headers
        headers.replaceOrAdd(name: "Content-Length", value: String(body.count))
        context.write(self.wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if !body.isEmpty {
            context.write(self.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        }
        context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
    }

    /// Decodes `%XX` escapes in a path segment (the runtime escapes unusual request ids).
    static func percentDecoded(_ segment: String) -> String {
        guard segment.contains("%") else { return segment }
        let bytes = Array(segment.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
