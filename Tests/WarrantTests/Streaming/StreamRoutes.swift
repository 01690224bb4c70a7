import Foundation
import NIOCore
import Synchronization
import Warrant

/// One event of the test streams.
@Schema
struct Tick: Sendable, Equatable {
    /// Its position in the stream.
    var number: Int
    /// A note.
    var note: String
}

/// What a stream route's producer did, for tests to drive and observe it.
final class StreamProbe: Sendable {
    private let state = Mutex<(continuation: AsyncStream<Tick>.Continuation?, terminated: Bool, produced: Int)>((nil, false, 0))
    /// The file ``StreamRoutes/file()`` downloads.
    let filePath: String

    init(filePath: String = "") {
        self.filePath = filePath
    }

    /// A stream the test feeds through ``continuation``; its termination is recorded.
    func makeStream() -> AsyncStream<Tick> {
        let (stream, continuation) = AsyncStream<Tick>.makeStream()
        continuation.onTermination = { [weak self] _ in self?.state.withLock { $0.terminated = true } }
        state.withLock { $0.continuation = continuation }
        return stream
    }

    /// The continuation of the stream last made, once a request has made one.
    func continuation(timeout: Duration = .seconds(5)) async throws -> AsyncStream<Tick>.Continuation {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let continuation = state.withLock({ $0.continuation }) { return continuation }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw StreamProbeError.noStream
    }

    /// Whether the stream's `onTermination` has run.
    var terminated: Bool { state.withLock { $0.terminated } }

    /// Counts a chunk produced by ``StreamRoutes/bytes()``.
    func produced(_ count: Int) { state.withLock { $0.produced += count } }

    /// The bytes ``StreamRoutes/bytes()`` has produced so far.
    var producedBytes: Int { state.withLock { $0.produced } }
}

/// Where a produced byte pattern is.
final class ByteCursor: Sendable {
    let offset = Mutex(0)
}

enum StreamProbeError: Error {
    case noStream
}

/// Failing mid-stream.
struct StreamFailure: Error {}

/// Streamed answers: events, NDJSON, downloads.
@Routes(tag: "streams")
struct StreamRoutes {
    let probe: StreamProbe
    var keepAlive: Duration = .seconds(15)

    /// Events the test produces one at a time.
    @GET("/events")
    func events(_ request: Request<Unauthenticated>) -> EventStream<Tick> {
        EventStream(probe.makeStream(), keepAlive: keepAlive)
    }

    /// Three events with every field set, the second with values that try to inject fields.
    @GET("/events/fields")
    func fields(_ request: Request<Unauthenticated>) -> EventStream<Tick> {
        let events = [
            ServerSentEvent(data: Tick(number: 1, note: "plain"), id: "1", event: "tick", retry: .milliseconds(1500)),
            ServerSentEvent(data: Tick(number: 2, note: "two\nlines"), id: "2\r\ndata: forged", event: "tick\nid: forged"),
            ServerSentEvent(data: Tick(number: 3, note: "last")),
        ]
        return EventStream(AsyncStream { continuation in
            for event in events { continuation.yield(event) }
            continuation.finish()
        })
    }

    /// One event, then a failure.
    @GET("/events/failing")
    func failing(_ request: Request<Unauthenticated>) -> EventStream<Tick> {
        EventStream(AsyncThrowingStream { continuation in
            continuation.yield(Tick(number: 1, note: "before"))
            continuation.finish(throwing: StreamFailure())
        })
    }

    /// Ticks as newline-delimited JSON.
    @GET("/ticks.ndjson")
    func ndjson(_ request: Request<Unauthenticated>) -> NDJSONStream<Tick> {
        NDJSONStream(AsyncStream { continuation in
            for number in 1...3 { continuation.yield(Tick(number: number, note: "line \(number)\nwith a break")) }
            continuation.finish()
        })
    }

    /// Ticks the test produces one at a time, as NDJSON.
    @GET("/ticks/live.ndjson")
    func liveNDJSON(_ request: Request<Unauthenticated>) -> NDJSONStream<Tick> {
        NDJSONStream(probe.makeStream())
    }

    /// 48 MiB of a byte pattern, produced only as the client reads.
    @GET("/bytes")
    func bytes(_ request: Request<Unauthenticated>) -> Download<OctetStream> {
        let probe = probe
        let chunk = 64 * 1024
        let total = StreamRoutes.byteTotal
        let cursor = ByteCursor()
        return Download(AsyncStream(unfolding: {
            let offset = cursor.offset.withLock { offset in
                defer { offset += chunk }
                return offset
            }
            guard offset < total else { return nil }
            var buffer = ByteBuffer()
            buffer.writeBytes((offset..<(offset + chunk)).lazy.map { UInt8(truncatingIfNeeded: $0 % 251) })
            probe.produced(chunk)
            return buffer
        }), length: total, filename: "pattern \"48\".bin")
    }

    static let byteTotal = 48 * 1024 * 1024

    /// The probe's file.
    @GET("/file")
    func file(_ request: Request<Unauthenticated>) async throws -> Download<OctetStream> {
        try await Download.file(at: probe.filePath, filename: "données.bin", chunkSize: 64 * 1024)
    }
}
