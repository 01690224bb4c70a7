import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Writes a sequence's elements to a response body one at a time: the next element is asked for only once
/// the previous one has been written, and `ResponseBodyWriter.write` waits while the connection is full, so
/// the producer runs no faster than the client reads.
enum StreamPump {
    /// A comment written when nothing else has been for `interval`, so proxies and clients keep an idle
    /// stream open (and a client that went away is noticed at the next write).
    struct KeepAlive: Sendable {
        let interval: Duration
        let bytes: ByteBuffer

        /// The event-stream comment every `interval`; none for an interval of zero or less, which would
        /// otherwise write comments without pause.
        static func comment(every interval: Duration) -> KeepAlive? {
            interval > .zero ? KeepAlive(interval: interval, bytes: SSEField.keepAlive) : nil
        }
    }

    /// Writes every element of `source`, encoded, then finishes the body.
    ///
    /// - Throws: ``StreamedBodyError/sourceFailed`` when the source throws (logged here, once, by type only:
    ///   its description may hold a secret); the writer's error when the client has gone.
    static func pump<Source: AsyncSequence & Sendable>(
        _ source: Source,
        to writer: inout any ResponseBodyWriter,
        logger: Logger,
        keepAlive: KeepAlive? = nil,
        encode: (Source.Element) -> ByteBuffer
    ) async throws where Source.Element: Sendable {
        if let keepAlive {
            try await pumpKeepingAlive(source, to: &writer, logger: logger, keepAlive: keepAlive, encode: encode)
        } else {
            var iterator = source.makeAsyncIterator()
            while let element = try await next(of: &iterator, logger: logger) {
                try await write(encode(element), to: &writer, logger: logger)
            }
        }
        try await writer.finish(nil)
    }

    /// The pump with a keep-alive timer racing the source.
    ///
    /// A long-lived stream also ends, cleanly, when the server begins a graceful shutdown: clients reconnect
    /// to another instance instead of the shutdown waiting out its grace period for them.
    private static func pumpKeepingAlive<Source: AsyncSequence & Sendable>(
        _ source: Source,
        to writer: inout any ResponseBodyWriter,
        logger: Logger,
        keepAlive: KeepAlive,
        encode: (Source.Element) -> ByteBuffer
    ) async throws where Source.Element: Sendable {
        let (shutdown, shutdownSignal) = AsyncStream<Void>.makeStream()
        try await withGracefulShutdownHandler {
            let iterator = IteratorBox(source.makeAsyncIterator())
            // Made here, outside the task group, so the child tasks capture a closure rather than the iterator's type.
            let next: @Sendable () async -> PumpStep<Source.Element> = { await iterator.step() }
            try await race(next, shutdown: shutdown, to: &writer, logger: logger, keepAlive: keepAlive, encode: encode)
        } onGracefulShutdown: {
            shutdownSignal.yield()
        }
    }

    /// Writes elements and keep-alives until the source ends or `shutdown` yields: `next()` runs in a child
    /// task so the timer can fire while it waits, and at most one `next()` is ever in flight.
    private static func race<Element: Sendable>(
        _ next: @escaping @Sendable () async -> PumpStep<Element>,
        shutdown: AsyncStream<Void>,
        to writer: inout any ResponseBodyWriter,
        logger: Logger,
        keepAlive: KeepAlive,
        encode: (Element) -> ByteBuffer
    ) async throws {
        let clock = ContinuousClock()
        var lastWrite = clock.now
        // Leaving the group (the source ended, a write failed) cancels the pending `next()`: an
        // `AsyncStream`'s `onTermination` then runs and its producer stops.
        try await withThrowingTaskGroup(of: PumpStep<Element>.self) { group in
            group.addTask { await next() }
            group.addTask { try await Task.sleep(for: keepAlive.interval); return .tick }
            group.addTask {
                // Returns at a graceful shutdown, or when the group is cancelled (its result then unused).
                for await _ in shutdown { break }
                return .shutdown
            }
            while let step = try await group.next() {
                switch step {
                case .element(let element?):
                    try await write(encode(element), to: &writer, logger: logger)
                    lastWrite = clock.now
                    group.addTask { await next() }
                case .element(nil), .shutdown:
                    group.cancelAll()
                    return
                case .failure(let error):
                    logSourceFailure(error, logger: logger)
                    throw StreamedBodyError.sourceFailed
                case .tick:
                    let idle = clock.now - lastWrite
                    var wait = keepAlive.interval - idle
                    if idle >= keepAlive.interval {
                        try await write(keepAlive.bytes, to: &writer, logger: logger)
                        lastWrite = clock.now
                        wait = keepAlive.interval
                    }
                    group.addTask { [wait] in try await Task.sleep(for: wait); return .tick }
                }
            }
        }
    }

    private static func next<Iterator: AsyncIteratorProtocol>(of iterator: inout Iterator, logger: Logger) async throws -> Iterator.Element? {
        do {
            return try await iterator.next()
        } catch {
            logSourceFailure(error, logger: logger)
            throw StreamedBodyError.sourceFailed
        }
    }

    private static func write(_ buffer: ByteBuffer, to writer: inout any ResponseBodyWriter, logger: Logger) async throws {
        do {
            try await writer.write(buffer)
        } catch {
            // Nearly always the client going away: not the server's failure.
            logger.debug("response stream ended: the body could not be written", metadata: ["error_type": "\(String(reflecting: type(of: error)))"])
            throw error
        }
    }

    private static func logSourceFailure(_ error: any Error, logger: Logger) {
        logger.error("response stream failed; the response is cut short", metadata: ["error_type": "\(String(reflecting: type(of: error)))"])
    }
}
