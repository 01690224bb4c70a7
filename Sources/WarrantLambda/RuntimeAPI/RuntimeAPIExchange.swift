import NIOCore
import NIOHTTP1

/// One HTTP request to the Runtime API, with the promise its response completes.
struct RuntimeAPIRequest: Sendable {
    /// The request method.
    var method: HTTPMethod
    /// The request target, e.g. `/2018-06-01/runtime/invocation/next`.
    var path: String
    /// Extra headers beyond `Host`, `User-Agent` and `Content-Length`.
    var headers: [(String, String)] = []
    /// The request body, if any.
    var body: ByteBuffer?
}

/// A complete HTTP response from the Runtime API.
struct RuntimeAPIResponse: Sendable {
    /// The response head (status and headers).
    var head: HTTPResponseHead
    /// The whole response body.
    var body: ByteBuffer
}

/// What the channel handler is asked to write: a request and where to deliver its response.
struct RuntimeAPIExchange: Sendable {
    /// The request to send.
    var request: RuntimeAPIRequest
    /// Completed with the response, or failed when the connection breaks first.
    var promise: EventLoopPromise<RuntimeAPIResponse>
}
