import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Two protections of a connection, on its event loop:
///
/// - **Header deadline.** Once a read leaves a request's head incomplete, the head must be complete within
///   `headerTimeout`, or the connection is closed: a client trickling header bytes (slowloris) cannot hold a
///   connection open by staying just inside the idle timeout. An idle keep-alive connection is the idle
///   timeout's business, not this one's: the deadline starts with bytes, not with silence. A head that
///   arrives whole in one read, as nearly every head does, arms no timer at all; a partial head read
///   together with the end of the request before it starts its deadline at the next read.
/// - **Close after `Connection: close`.** An answer that says `Connection: close` (a request refused before
///   its body was read) is followed by closing the connection, so the server never drains a body it will
///   not use, however long the client keeps sending it.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let headerTimeout: TimeAmount
    private var awaitingHead = true
    /// Bytes were read since the last request ended that no head has yet been decoded from.
    private var unparsedBytes = false
    private var deadline: Scheduled<Void>?
    private var closeAfterResponse = false
    private var context: ChannelHandlerContext?

    init(headerTimeout: TimeAmount) {
        self.headerTimeout = headerTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        // The raw bytes are seen before the HTTP decoder, where a request's start is visible.
        try? context.pipeline.syncOperations.addHandler(RequestBytesWatcher(owner: self), position: .first)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        self.context = nil
    }

    /// Bytes are about to reach the HTTP decoder.
    fileprivate func bytesArriving() {
        unparsedBytes = true
    }

    /// The decoder has seen a read's bytes: if they left a request's head incomplete, its deadline starts
    /// now. Arming it after the decoder, not before, spares a timer for every head that arrived whole.
    fileprivate func bytesDecoded() {
        guard awaitingHead, unparsedBytes, deadline == nil, let context else { return }
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: headerTimeout) { [weak self] in
            guard let self, self.awaitingHead else { return }
            self.deadline = nil
            self.context?.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            awaitingHead = false
            deadline?.cancel()
            deadline = nil
        case .end:
            awaitingHead = true
            unparsedBytes = false
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            if head.headerFields[.connection]?.lowercased() == "close" { closeAfterResponse = true }
            context.write(data, promise: promise)
        case .end where closeAfterResponse:
            context.writeAndFlush(data, promise: promise)
            context.close(promise: nil)
        case .body, .end:
            context.write(data, promise: promise)
        }
    }
}

/// Sees a connection's raw bytes, ahead of the HTTP decoder, for ``ConnectionGuard``'s header deadline.
private final class RequestBytesWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private weak var owner: ConnectionGuard?

    init(owner: ConnectionGuard) {
        self.owner = owner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        owner?.bytesArriving()
        context.fireChannelRead(data)
        owner?.bytesDecoded()
    }
}
