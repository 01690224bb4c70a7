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
    /// streamed body has to be gathered first, within `limits`. A `HEAD` request gets the headers only.
    ///
    /// - Throws: ``BufferedReplyError`` when the body outgrows `limits.bodyBytes` or does not end within
    ///   `limits.time` (its source is then cancelled); the body's own error when it fails.
    static func collect(
        _ response: Response,
        isHead: Bool,
        allocator: ByteBufferAllocator,
        limits: BufferedReplyLimits
    ) async throws -> LambdaHTTPResponse {
        guard !isHead else {
            return LambdaHTTPResponse(status: response.status, headers: response.headers, body: allocator.buffer(capacity: 0))
        }
        let body = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                let collector = ResponseBodyCollector(allocator: allocator, limit: limits.bodyBytes)
                try await response.body.write(collector)
                return collector.buffer
            }
            group.addTask {
                try await Task.sleep(for: limits.time)
                return nil
            }
            // Whichever ends first decides; the other is cancelled (a stream's source stops with it).
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else { throw BufferedReplyError.tooSlow }
            return buffer
        }
        return LambdaHTTPResponse(status: response.status, headers: response.headers, body: body)
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

/// Gathers a response body into one buffer, up to a limit.
///
/// A class because ``ResponseBody/write(_:)`` consumes its writer, and the bytes must be readable
/// afterwards; it is only ever used by the one task that collects the body.
final class ResponseBodyCollector: ResponseBodyWriter {
    /// The bytes written so far.
    private(set) var buffer: ByteBuffer
    private let limit: Int

    init(allocator: ByteBufferAllocator, limit: Int = .max) {
        self.buffer = allocator.buffer(capacity: 0)
        self.limit = limit
    }

    func write(_ buffer: ByteBuffer) async throws {
        // Refused before it is copied: an endless stream costs at most the limit.
        guard buffer.readableBytes <= self.limit - self.buffer.readableBytes else { throw BufferedReplyError.tooLarge }
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
