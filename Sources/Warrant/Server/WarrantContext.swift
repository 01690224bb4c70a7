public import Hummingbird
import Logging
public import NIOCore

/// The per-request context Warrant runs on Hummingbird with: core storage and the request identifier.
public struct WarrantContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's core context storage.
    public var coreContext: CoreRequestContextStorage
    /// The request's identifier, set before routing (the caller's well-formed `X-Request-Id`, or a new one).
    public var requestID: String
    /// The channel the request arrived on (a socket, or an in-process test or Lambda channel).
    public let channel: any Channel

    /// A context for a request arriving on a channel (a socket, or an in-process test or Lambda channel).
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        requestID = ""
        channel = source.channel
    }

    /// The connection's peer address.
    public var remoteAddress: SocketAddress? { channel.remoteAddress }

    /// Request bodies are read by the routes themselves, within ``InputLimits``.
    public var maxUploadSize: Int { 1 << 20 }
}
