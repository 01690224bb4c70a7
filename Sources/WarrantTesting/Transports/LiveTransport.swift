public import HTTPTypes
public import NIOCore
import NIOHTTP1
import NIOPosix

/// Sends each request over a new HTTP/1.1 connection to a ``LiveServer``.
public struct LiveTransport: TestTransport {
    /// The server (kept alive as long as the transport).
    public let server: LiveServer

    /// A transport to `server`.
    public init(server: LiveServer) {
        self.server = server
    }

    /// Sends one request on its own connection and reads the whole response.
    public func send(_ request: HTTPRequest, body: ByteBuffer?) async throws -> TestResponse {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: server.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var headers = HTTPHeaders()
            for field in request.headerFields { headers.add(name: field.name.rawName, value: field.value) }
            headers.replaceOrAdd(name: "Host", value: "127.0.0.1:\(server.port)")
            headers.replaceOrAdd(name: "Connection", value: "close")
            if let body { headers.replaceOrAdd(name: "Content-Length", value: String(body.readableBytes)) }
            let head = HTTPRequestHead(version: .http1_1, method: HTTPMethod(rawValue: request.method.rawValue), uri: request.path ?? "/", headers: headers)
            try await outbound.write(.head(head))
            if let body { try await outbound.write(.body(.byteBuffer(body))) }
            try await outbound.write(.end(nil))

            var responseHead: HTTPResponseHead?
            var collected = ByteBuffer()
            for try await part in inbound {
                switch part {
                case .head(let head): responseHead = head
                case .body(var chunk): collected.writeBuffer(&chunk)
                case .end:
                    guard let responseHead else { throw LiveTransportError.noResponseHead }
                    var fields = HTTPFields()
                    for header in responseHead.headers {
                        if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
                    }
                    return TestResponse(status: HTTPResponse.Status(code: Int(responseHead.status.code)), headers: fields, body: collected)
                }
            }
            throw LiveTransportError.connectionClosedEarly
        }
    }
}

/// A live request that did not complete.
public enum LiveTransportError: Error {
    /// The server closed the connection before the response ended.
    case connectionClosedEarly
    /// The response ended without a head.
    case noResponseHead
}
