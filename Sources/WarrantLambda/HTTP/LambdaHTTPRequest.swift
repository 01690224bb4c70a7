import HTTPTypes
import Hummingbird
import NIOCore

/// An HTTP request recovered from an event, before it becomes a Hummingbird ``Request``.
struct LambdaHTTPRequest: Sendable {
    /// The request method.
    var method: HTTPRequest.Method
    /// `https` unless `X-Forwarded-Proto` says otherwise.
    var scheme: String
    /// The `Host` header or the gateway's domain name.
    var authority: String?
    /// The path, percent-encoded, after stage and base-path stripping.
    var path: String
    /// The query without `?`, percent-encoded; empty when there is none.
    var query: String
    /// The request headers, repeats kept as separate fields.
    var headers: HTTPFields
    /// The decoded body.
    var body: ByteBuffer
    /// The client's address when the event says it (API Gateway's `sourceIp`); an ALB's is in
    /// `X-Forwarded-For`, read with `TRUSTED_PROXY_HOPS=1`.
    var sourceAddress: String? = nil

    /// The path and query as one request target.
    var target: String {
        self.query.isEmpty ? self.path : "\(self.path)?\(self.query)"
    }

    /// Builds the Hummingbird request, adding `X-Request-Id` from the invocation when the event has
    /// none so the framework can echo an id that also finds the invocation in Lambda's logs, and a
    /// `traceparent` from the invocation's X-Ray trace when the request has none, so its span joins that trace.
    func hummingbirdRequest(requestID: String, traceID: String? = nil) -> Request {
        var headers = self.headers
        if headers[.xRequestID] == nil {
            headers[.xRequestID] = requestID
        }
        if headers[.traceparent] == nil, let traceparent = traceID.flatMap(XRayTraceContext.traceparent(from:)) {
            headers[.traceparent] = traceparent
        }
        if self.body.readableBytes > 0, headers[.contentLength] == nil {
            headers[.contentLength] = String(self.body.readableBytes)
        }
        let head = HTTPRequest(method: self.method, scheme: self.scheme, authority: self.authority, path: self.target, headerFields: headers)
        return Request(head: head, body: RequestBody(buffer: self.body))
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`, the de facto request correlation header.
    static var xRequestID: Self { .init(parsed: "X-Request-Id") }
    /// W3C trace context's `traceparent`.
    static var traceparent: Self { .init(parsed: "traceparent") }
    /// `X-Forwarded-Proto`, which gateways set to the client's scheme.
    static var xForwardedProto: Self { .init(parsed: "X-Forwarded-Proto") }

    /// A name known at compile time to be a valid token; falls back to a harmless name rather
    /// than trapping, which keeps this free of force unwraps.
    private init(parsed name: String) {
        self = HTTPField.Name(name) ?? .via
    }
}
