public import HTTPTypes
public import NIOCore

/// A response as a handler's result produces it: status, headers and an optional body.
///
/// The body is either ``body``, one buffer, or ``stream``, written chunk by chunk as the client reads it
/// (server-sent events, NDJSON, downloads); when both are set the stream is sent.
public struct RouteResponse: Sendable {
    /// The status.
    public var status: HTTPResponse.Status
    /// Header fields; `Content-Type` among them when there is a body.
    public var headers: HTTPFields
    /// The body bytes.
    public var body: ByteBuffer?
    /// A body written as it is produced, after the status and headers have been sent.
    public var stream: StreamedBody?

    /// A response.
    public init(status: HTTPResponse.Status, headers: HTTPFields = [:], body: ByteBuffer? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is streamed.
    public init(status: HTTPResponse.Status, headers: HTTPFields = [:], stream: StreamedBody) {
        self.status = status
        self.headers = headers
        self.stream = stream
    }
}
