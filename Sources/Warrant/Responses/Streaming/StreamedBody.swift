public import NIOCore
import Hummingbird
import Logging

/// A response body written while it is produced: each chunk goes to the client as soon as the connection
/// takes it, and the next is only asked for then, so a slow client slows the producer instead of filling
/// memory.
///
/// The status and headers are sent before the first chunk: a failure of the source mid-way cannot change
/// them; it ends the response early (the connection closes without the closing chunk, which clients report
/// as an incomplete body) and is logged once. When the client goes away the next write fails and the
/// source's iteration ends (an `AsyncStream`'s `onTermination` runs).
public struct StreamedBody: Sendable {
    /// The body's length when it is known in advance (sent as `Content-Length`); `nil` streams it chunked.
    public let contentLength: Int?
    private let produce: @Sendable (inout any ResponseBodyWriter, Logger) async throws -> Void

    /// A body of the buffers `chunks` yields.
    /// - Parameters:
    ///   - contentLength: The body's length, when known. A source that yields more or fewer bytes than
    ///     declared ends the response early rather than sending a body its length contradicts.
    ///   - chunks: The body's bytes, written as they are produced.
    public init<Chunks: AsyncSequence & Sendable>(contentLength: Int? = nil, _ chunks: Chunks) where Chunks.Element == ByteBuffer {
        self.init(contentLength: contentLength) { writer, logger in
            try await StreamPump.pump(chunks, to: &writer, logger: logger) { $0 }
        }
    }

    /// A body written by `produce`, which writes every chunk and finishes the writer.
    init(contentLength: Int?, produce: @escaping @Sendable (inout any ResponseBodyWriter, Logger) async throws -> Void) {
        self.contentLength = contentLength
        self.produce = produce
    }

    /// The body as Hummingbird writes it, logging to `logger`.
    func responseBody(logger: Logger) -> ResponseBody {
        let produce = self.produce
        guard let length = contentLength else {
            return ResponseBody { writer in try await produce(&writer, logger) }
        }
        return ResponseBody(contentLength: length) { writer in
            var checked: any ResponseBodyWriter = CountingWriter(parent: writer, counter: ByteCounter(), declaredLength: length, logger: logger)
            try await produce(&checked, logger)
        }
    }
}
