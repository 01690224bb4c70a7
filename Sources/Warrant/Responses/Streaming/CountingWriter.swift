import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A body writer that counts what passes through it (for the access log) and, given a declared length,
/// refuses to send more or fewer bytes than `Content-Length` said: a body that contradicts its length would
/// corrupt the next response on a kept-alive connection.
struct CountingWriter: ResponseBodyWriter {
    var parent: any ResponseBodyWriter
    let counter: ByteCounter
    let declaredLength: Int?
    let logger: Logger

    mutating func write(_ buffer: ByteBuffer) async throws {
        if let declaredLength, counter.count + buffer.readableBytes > declaredLength {
            logger.error("streamed body is longer than its declared length; ending the response", metadata: ["declared_length": "\(declaredLength)"])
            throw StreamedBodyError.lengthMismatch
        }
        counter.add(buffer.readableBytes)
        try await parent.write(buffer)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        if let declaredLength, counter.count != declaredLength {
            logger.error("streamed body is shorter than its declared length; ending the response", metadata: ["declared_length": "\(declaredLength)", "sent": "\(counter.count)"])
            throw StreamedBodyError.lengthMismatch
        }
        try await parent.finish(trailingHeaders)
    }
}

/// Why a streamed body ended early.
enum StreamedBodyError: Error {
    /// The source yielded a different number of bytes than the declared `Content-Length`.
    case lengthMismatch
    /// The source failed (logged where it happened).
    case sourceFailed
}
