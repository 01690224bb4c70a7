import HTTPTypes
import NIOCore

/// RFC 9457 problem documents for failures the runtime answers itself, so a Lambda client sees the
/// same `application/problem+json` shape the framework uses everywhere else.
enum ProblemResponse {
    /// `500` for a responder that threw: nothing about the error leaks to the client.
    static func internalServerError(allocator: ByteBufferAllocator) -> LambdaHTTPResponse {
        Self.make(.internalServerError, allocator: allocator)
    }

    /// `400` for an event whose request cannot be rebuilt (e.g. a body flagged base64 that is not).
    static func badRequest(allocator: ByteBufferAllocator) -> LambdaHTTPResponse {
        Self.make(.badRequest, allocator: allocator)
    }

    /// `500` for a response that a buffered reply cannot carry: a stream that is too large or does not end
    /// before the invocation's deadline. Answered instead of letting the function time out.
    static func bufferedReplyRefused(_ reason: BufferedReplyError, allocator: ByteBufferAllocator) -> LambdaHTTPResponse {
        let detail = switch reason {
        case .tooLarge:
            "The response does not fit a buffered Lambda reply: it is larger than Lambda's 6 MB response payload."
        case .tooSlow:
            "The response does not fit a buffered Lambda reply: its stream did not end before the invocation's deadline."
        }
        return Self.make(.internalServerError, detail: detail, allocator: allocator)
    }

    private static func make(_ status: HTTPResponse.Status, detail: String? = nil, allocator: ByteBufferAllocator) -> LambdaHTTPResponse {
        let title = status.standardReasonPhrase.replacingJSONSpecials()
        let detailMember = detail.map { #","detail":"\#($0.replacingJSONSpecials())""# } ?? ""
        let json = #"{"type":"about:blank","title":"\#(title)","status":\#(status.code)\#(detailMember)}"#
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return LambdaHTTPResponse(status: status, headers: headers, body: allocator.buffer(string: json))
    }
}

extension String {
    /// Drops the characters that would need escaping in a JSON string; reason phrases never
    /// contain them, this only guarantees the document stays valid.
    fileprivate func replacingJSONSpecials() -> String {
        String(self.unicodeScalars.filter { $0 != "\"" && $0 != "\\" && $0.value >= 0x20 }.map(Character.init))
    }
}
