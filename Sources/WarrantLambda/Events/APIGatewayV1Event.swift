import HTTPTypes
import NIOCore

/// API Gateway REST API Lambda proxy integration events, and HTTP API payload format 1.0.
///
/// - The path is `path`; `requestContext.path` is never used. For a REST API on its `execute-api`
///   domain `path` already excludes the stage (`requestContext.path` is the one that includes it).
///   Behind a custom domain `path` includes the base-path mapping, which `basePath` removes, and in
///   some mappings the stage too, which `stripStagePrefix` removes; so does an HTTP API with payload
///   1.0 and a named stage. Stripping only happens when `path` really starts with `/{stage}`.
/// - API Gateway hands over `path` and query parameters decoded, so the query is rebuilt from
///   `multiValueQueryStringParameters` (repeats kept) with every reserved byte escaped again; `path`
///   is only escaped where a byte cannot appear in a URI.
/// - Headers come from `multiValueHeaders` (repeats kept), plus any name found only in `headers`.
struct APIGatewayV1Event: LambdaHTTPEvent {
    struct RequestContext: Decodable, Sendable {
        struct Identity: Decodable, Sendable {
            /// The client's address, as API Gateway saw it.
            var sourceIp: String?
        }

        var stage: String?
        var domainName: String?
        var identity: Identity?
    }

    var httpMethod: String
    var path: String?
    var headers: [String: String?]?
    var multiValueHeaders: [String: [String?]?]?
    var queryStringParameters: [String: String?]?
    var multiValueQueryStringParameters: [String: [String?]?]?
    var requestContext: RequestContext?
    var body: String?
    var isBase64Encoded: Bool?

    func makeRequest(options: LambdaEventOptions, allocator: ByteBufferAllocator) throws(LambdaEventError) -> LambdaHTTPRequest {
        var headerList = HeaderList()
        headerList.add(
            EventFields.mergeHeaders(single: EventFields.compact(self.headers), multi: EventFields.compact(self.multiValueHeaders))
        )
        let headers = headerList.build()
        let multiQuery = EventFields.compact(self.multiValueQueryStringParameters)
        let query = multiQuery.isEmpty ? EventFields.compact(self.queryStringParameters).mapValues { [$0] } : multiQuery
        let path = options.rewrite(path: self.path ?? "/", stage: self.requestContext?.stage)
        return LambdaHTTPRequest(
            method: try EventFields.method(self.httpMethod),
            scheme: EventFields.scheme(headers),
            authority: headerList.host ?? self.requestContext?.domainName,
            path: PercentEncoding.sanitize(path, allowing: PercentEncoding.pathCharacters),
            query: QueryString.build(query, encode: QueryString.encodeDecodedComponent),
            headers: headers,
            body: try EventFields.body(self.body, isBase64Encoded: self.isBase64Encoded, allocator: allocator),
            sourceAddress: self.requestContext?.identity?.sourceIp
        )
    }

    /// `{statusCode, headers, multiValueHeaders, body, isBase64Encoded}`: `multiValueHeaders` has every
    /// header with all its values; `headers` repeats each one but `Set-Cookie` comma-joined, for
    /// clients of the reply that read only `headers` (API Gateway lets `multiValueHeaders` win).
    func encodeReply(_ response: LambdaHTTPResponse) throws -> [UInt8] {
        var headers: [String: String] = [:]
        var multiValueHeaders: [String: [String]] = [:]
        for group in response.groupedHeaders {
            multiValueHeaders[group.name] = group.values
            if group.name.lowercased() != "set-cookie" {
                headers[group.name] = group.values.joined(separator: ", ")
            }
        }
        let body = response.encodedBody
        let reply = Reply(
            statusCode: Int(response.status.code),
            headers: headers,
            multiValueHeaders: multiValueHeaders,
            body: body.body,
            isBase64Encoded: body.isBase64Encoded
        )
        return try ReplyEncoding.encode(reply)
    }

    /// The reply document.
    struct Reply: Encodable {
        var statusCode: Int
        var headers: [String: String]
        var multiValueHeaders: [String: [String]]
        var body: String
        var isBase64Encoded: Bool
    }
}
