import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing
@testable import Warrant

/// An event stream is long-lived: a graceful shutdown ends it cleanly instead of waiting out the grace period.
@Suite("Streaming and graceful shutdown")
struct GracefulShutdownStreamTests {
    @Test("a graceful shutdown ends an event stream with its closing chunk and stops the producer")
    func shutdownEndsStream() async throws {
        let probe = StreamProbe()
        let response = EventStream(probe.makeStream()).makeResponse()
        let body = try #require(response.stream).responseBody(logger: Logger(label: "test"))
        let written = WrittenBody()
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [BodyWritingService(body: body, written: written)],
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        ))
        async let run: Void = group.run()
        try await probe.continuation().yield(Tick(number: 1, note: "before"))
        let deadline = ContinuousClock.now + .seconds(5)
        while written.text.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        await group.triggerGracefulShutdown()
        try await run
        #expect(written.text == "data: {\"number\":1,\"note\":\"before\"}\n\n")
        #expect(written.finished, "the body was finished, not abandoned")
        #expect(probe.terminated)
    }
}

/// Writes a response body as a service of the group, as the server writes one while it runs.
private struct BodyWritingService: Service {
    let body: ResponseBody
    let written: WrittenBody

    func run() async throws {
        try await body.write(WrittenBody.Writer(written: written))
    }
}

/// What a body writer received.
private final class WrittenBody: Sendable {
    private let state = Mutex((bytes: ByteBuffer(), finished: false))

    var text: String { state.withLock { String(buffer: $0.bytes) } }
    var finished: Bool { state.withLock { $0.finished } }

    struct Writer: ResponseBodyWriter {
        let written: WrittenBody

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            written.state.withLock { _ = $0.bytes.writeBuffer(&buffer) }
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
            written.state.withLock { $0.finished = true }
        }
    }
}
