import HTTPTypes
import NIOCore

/// Application Load Balancer target group events, in either header mode.
///
/// - Multi-value mode (the target group's `lambda.multi_value_headers.enabled`) is recognised by
///   `multiValueHeaders` in the event, and the reply uses the same mode, as ALB requires.
/// - ALB passes the query exactly as the client sent it, still percent-encoded, so names and values
///   are put back unchanged (only bytes that cannot appear in a query are escaped).
/// - In single-value mode ALB itself keeps only the last value of a repeated header or query item.
struct ALBTargetGroupEvent: LambdaHTTPEvent {
    var httpMethod: String
    var path: String?
    var headers: [String: String?]?
    var multiValueHeaders: [String: [String?]?]?
    var queryStringParameters: [String: String?]?
    var multiValueQueryStringParameters: [String: [String?]?]?
    var body: String?
    var isBase64Encoded: Bool?

    /// Whether the target group sends and expects multi-value headers.
    var isMultiValue: Bool { self.multiValueHeaders != nil }

    func makeRequest(options: LambdaEventOptions, allocator: ByteBufferAllocator) throws(LambdaEventError) -> LambdaHTTPRequest {
        var headerList = HeaderList()
        if self.isMultiValue {
            headerList.add(EventFields.compact(self.multiValueHeaders))
        } else {
            headerList.add(EventFields.compact(self.headers).mapValues { [$0] })
        }
        let headers = headerList.build()
        let query =
            self.multiValueQueryStringParameters != nil
            ? EventFields.compact(self.multiValueQueryStringParameters)
            : EventFields.compact(self.queryStringParameters).mapValues { [$0] }
        return LambdaHTTPRequest(
            method: try EventFields.method(self.httpMethod),
            scheme: EventFields.scheme(headers),
            authority: headerList.host,
            path: PercentEncoding.sanitize(options.rewrite(path: self.path ?? "/", stage: nil), allowing: PercentEncoding.pathCharacters),
            query: QueryString.build(query, encode: QueryString.sanitizeEncodedComponent),
            headers: headers,
            body: try EventFields.body(self.body, isBase64Encoded: self.isBase64Encoded, allocator: allocator)
        )
    }

    /// `{statusCode, statusDescription, headers | multiValueHeaders, body, isBase64Encoded}`.
    ///
    /// In single-value mode only one `Set-Cookie` can be sent: the **last** one is kept, matching
    /// ALB's own last-value-wins rule for repeated request headers. Enable multi-value headers on
    /// the target group to send several cookies. Other repeated headers are comma-joined.
    func encodeReply(_ response: LambdaHTTPResponse) throws -> [UInt8] {
        let body = response.encodedBody
        var reply = Reply(
            statusCode: Int(response.status.code),
            statusDescription: Self.statusDescription(response.status),
            body: body.body,
            isBase64Encoded: body.isBase64Encoded
        )
        if self.isMultiValue {
            var multiValueHeaders: [String: [String]] = [:]
            for group in response.groupedHeaders {
                multiValueHeaders[group.name] = group.values
            }
            reply.multiValueHeaders = multiValueHeaders
        } else {
            var headers: [String: String] = [:]
            for group in response.groupedHeaders {
                let isSetCookie = group.name.lowercased() == "set-cookie"
                headers[group.name] = isSetCookie ? group.values.last : group.values.joined(separator: ", ")
            }
            reply.headers = headers
        }
        return try ReplyEncoding.encode(reply)
    }

    /// `"200 OK"`: the code and reason phrase separated by one space, as ALB requires.
    static func statusDescription(_ status: HTTPResponse.Status) -> String {
        "\(status.code) \(status.standardReasonPhrase)"
    }

    /// The reply document; exactly one of `headers` and `multiValueHeaders` is set.
    struct Reply: Encodable {
        var statusCode: Int
        var statusDescription: String
        var headers: [String: String]?
        var multiValueHeaders: [String: [String]]?
        var body: String
        var isBase64Encoded: Bool
    }
}
