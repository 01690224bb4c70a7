#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPTypes
import NIOCore

/// API Gateway HTTP API payload format 2.0, which Lambda function URLs share.
///
/// - The path is `rawPath` and the query `rawQueryString`, both kept as received (only bytes that
///   cannot appear in a URI are escaped), so percent-encoding survives.
/// - Repeated headers arrive comma-joined in one value and stay that way (equivalent in HTTP for
///   every header but `Set-Cookie`, which requests do not carry); `cookies` become one `Cookie` header.
/// - With a named stage, `rawPath` starts with `/{stage}`: that prefix is what `stripStagePrefix`
///   removes. The `$default` stage (and every function URL) has no prefix.
struct APIGatewayV2Event: LambdaHTTPEvent {
    struct RequestContext: Decodable, Sendable {
        struct HTTP: Decodable, Sendable {
            var method: String
            /// The client's address, as API Gateway saw it.
            var sourceIp: String?
        }

        var http: HTTP
        var stage: String?
        var domainName: String?
    }

    var rawPath: String?
    var rawQueryString: String?
    var cookies: [String]?
    var headers: [String: String?]?
    var requestContext: RequestContext
    var body: String?
    var isBase64Encoded: Bool?

    func makeRequest(options: LambdaEventOptions, allocator: ByteBufferAllocator) throws(LambdaEventError) -> LambdaHTTPRequest {
        var headerList = HeaderList()
        headerList.add(EventFields.compact(self.headers).mapValues { [$0] })
        if let cookies, !cookies.isEmpty {
            headerList.setCookies(cookies)
        }
        let headers = headerList.build()
        let path = options.rewrite(path: self.rawPath ?? "/", stage: self.requestContext.stage)
        return LambdaHTTPRequest(
            method: try EventFields.method(self.requestContext.http.method),
            scheme: EventFields.scheme(headers),
            authority: headerList.host ?? self.requestContext.domainName,
            path: PercentEncoding.sanitize(path, allowing: PercentEncoding.pathCharacters),
            query: PercentEncoding.sanitize(self.rawQueryString ?? "", allowing: PercentEncoding.queryCharacters),
            headers: headers,
            body: try EventFields.body(self.body, isBase64Encoded: self.isBase64Encoded, allocator: allocator),
            sourceAddress: self.requestContext.http.sourceIp
        )
    }

    /// `{statusCode, headers, cookies, body, isBase64Encoded}`: every `Set-Cookie` goes to `cookies`
    /// (API Gateway turns each back into its own header); other repeated headers are comma-joined,
    /// since this format has no multi-value headers.
    func encodeReply(_ response: LambdaHTTPResponse) throws -> [UInt8] {
        var headers: [String: String] = [:]
        var cookies: [String] = []
        for group in response.groupedHeaders {
            if group.name.lowercased() == "set-cookie" {
                cookies.append(contentsOf: group.values)
            } else {
                headers[group.name] = group.values.joined(separator: ", ")
            }
        }
        let body = response.encodedBody
        let reply = Reply(
            statusCode: Int(response.status.code),
            headers: headers,
            cookies: cookies.isEmpty ? nil : cookies,
            body: body.body,
            isBase64Encoded: body.isBase64Encoded
        )
        return try ReplyEncoding.encode(reply)
    }

    /// The reply document.
    struct Reply: Encodable {
        var statusCode: Int
        var headers: [String: String]
        var cookies: [String]?
        var body: String
        var isBase64Encoded: Bool
    }
}
