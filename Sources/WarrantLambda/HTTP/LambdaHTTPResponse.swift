import HTTPTypes
import Hummingbird
import NIOCore

/// A responder's answer with its body fully read, ready to be written into reply JSON.
struct LambdaHTTPResponse: Sendable {
    /// The status.
    var status: HTTPResponse.Status
    /// The headers, in the responder's order.
    var headers: HTTPFields
    /// The whole body.
    var body: ByteBuffer

    /// Reads the body of `response` to the end. Lambda replies are single JSON documents, so a
    /// streamed body has to be gathered first. A `HEAD` request gets the headers only.
    static func collect(_ response: Response, isHead: Bool, allocator: ByteBufferAllocator) async throws -> LambdaHTTPResponse {
        let collector = ResponseBodyCollector(allocator: allocator)
        try await response.body.write(collector)
        return LambdaHTTPResponse(
            status: response.status,
            headers: response.headers,
            body: isHead ? allocator.buffer(capacity: 0) : collector.buffer
        )
    }

    /// The header values grouped by name (case-insensitively, spelled as first seen), in order.
    var groupedHeaders: [(name: String, values: [String])] {
        var order: [String] = []
        var groups: [String: (name: String, values: [String])] = [:]
        for field in self.headers {
            let key = field.name.canonicalName
            if groups[key] == nil {
                order.append(key)
                groups[key] = (field.name.rawName, [])
            }
            groups[key]?.values.append(field.value)
        }
        return order.compactMap { groups[$0] }
    }

    /// The body as it goes into reply JSON, chosen by the `Content-Type` header.
    var encodedBody: LambdaBodyEncoding.EncodedBody {
        LambdaBodyEncoding.encode(self.body, contentType: self.headers[.contentType])
    }
}

/// Gathers a response body into one buffer.
///
/// A class because ``ResponseBody/write(_:)`` consumes its writer, and the bytes must be readable
/// afterwards; it is only ever used by the one task that collects the body.
final class ResponseBodyCollector: ResponseBodyWriter {
    /// The bytes written so far.
    private(set) var buffer: ByteBuffer

    init(allocator: ByteBufferAllocator) {
        self.buffer = allocator.buffer(capacity: 0)
    }

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
