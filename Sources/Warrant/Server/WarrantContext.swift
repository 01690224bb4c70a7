public import Hummingbird
import Logging

/// The per-request context Warrant runs on Hummingbird with: core storage and the request identifier.
public struct WarrantContext: RequestContext {
    /// Hummingbird's core context storage.
    public var coreContext: CoreRequestContextStorage
    /// The request's identifier, set before routing (the caller's well-formed `X-Request-Id`, or a new one).
    public var requestID: String

    /// A context for a request arriving on a channel (a socket, or an in-process test or Lambda channel).
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        requestID = ""
    }

    /// Request bodies are read by the routes themselves, within ``InputLimits``.
    public var maxUploadSize: Int { 1 << 20 }
}
