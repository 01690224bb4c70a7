import Foundation
import Testing
@testable import Warrant
import WarrantTesting

/// Streamed answers over a real loopback connection: each event leaves as it is produced, a client that
/// goes away stops the producer, an idle stream is kept alive, and a large download arrives whole while
/// the producer keeps pace with the reader.
@Suite("Streaming over a socket")
struct LiveStreamingTests {
    private func serve(_ routes: StreamRoutes) async throws -> LiveServer {
        try await LiveServer.start(API(info: APIInfo(title: "Streams", version: "1")) { $0.include(routes) })
    }

    private func get(_ path: String, on server: LiveServer) throws -> StreamingSocket {
        let socket = try StreamingSocket(port: server.port)
        try socket.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n")
        return socket
    }

    @Test("each event reaches the client as it is produced: event 2 is only produced once event 1 has been read")
    func eventsAreNotBuffered() async throws {
        let probe = StreamProbe()
        let server = try await serve(StreamRoutes(probe: probe))
        defer { server.stop() }
        let socket = try get("/events", on: server)
        #expect(await socket.read(until: "\r\n\r\n"), "the head arrives before any event exists")
        let head = socket.text.lowercased()
        #expect(head.hasPrefix("http/1.1 200"))
        #expect(head.contains("content-type: text/event-stream"))
        #expect(head.contains("cache-control: no-store"))
        #expect(head.contains("x-accel-buffering: no"))
        #expect(head.contains("transfer-encoding: chunked"))
        let continuation = try await probe.continuation()
        continuation.yield(Tick(number: 1, note: "first"))
        #expect(await socket.read(until: #"data: {"number":1,"note":"first"}"# + "\n\n"))
        #expect(!socket.text.contains(#""number":2"#))
        continuation.yield(Tick(number: 2, note: "second"))
        #expect(await socket.read(until: #"data: {"number":2,"note":"second"}"# + "\n\n"))
        continuation.finish()
        #expect(await socket.read(until: "\r\n0\r\n\r\n"), "the stream ends with the closing chunk")
    }

    @Test("when the client disconnects the producer's stream is terminated")
    func disconnectStopsProducer() async throws {
        let probe = StreamProbe()
        let server = try await serve(StreamRoutes(probe: probe, keepAlive: .milliseconds(50)))
        defer { server.stop() }
        let socket = try get("/events", on: server)
        let continuation = try await probe.continuation()
        continuation.yield(Tick(number: 1, note: "first"))
        #expect(await socket.read(until: #""number":1"#))
        socket.disconnect()
        // The next keep-alive write fails once the connection is gone, which cancels the source.
        // A bound, not a timing: generous, as the whole suite shares two cores.
        let deadline = ContinuousClock.now + .seconds(20)
        while !probe.terminated, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(probe.terminated, "onTermination ran within 20 s of the disconnect")
        if case .terminated = continuation.yield(Tick(number: 2, note: "late")) {} else {
            Issue.record("yielding after the disconnect reports the stream terminated")
        }
    }

    @Test("an NDJSON producer stops at its next write after the client disconnects")
    func disconnectStopsNDJSONProducer() async throws {
        let probe = StreamProbe()
        let server = try await serve(StreamRoutes(probe: probe))
        defer { server.stop() }
        let socket = try get("/ticks/live.ndjson", on: server)
        let continuation = try await probe.continuation()
        continuation.yield(Tick(number: 1, note: "first"))
        #expect(await socket.read(until: #""number":1"#))
        socket.disconnect()
        // No keep-alive here: each yield is a write, and one soon fails; the pump then drops the iterator,
        // which terminates the stream.
        var number = 2
        let deadline = ContinuousClock.now + .seconds(20)
        while !probe.terminated, ContinuousClock.now < deadline {
            continuation.yield(Tick(number: number, note: "after"))
            number += 1
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(probe.terminated, "onTermination ran within 20 s of the disconnect")
    }

    @Test("an idle stream gets a keep-alive comment at the configured interval")
    func keepAlive() async throws {
        let probe = StreamProbe()
        let server = try await serve(StreamRoutes(probe: probe, keepAlive: .milliseconds(100)))
        defer { server.stop() }
        let socket = try get("/events", on: server)
        let started = ContinuousClock.now
        #expect(await socket.read(until: ": keep-alive\n\n", timeout: .seconds(3)))
        #expect(ContinuousClock.now - started < .seconds(3))
        _ = try await probe.continuation()
    }

    @Test("a 48 MiB download arrives whole, the producer held back by the reader")
    func largeDownload() async throws {
        let probe = StreamProbe()
        let server = try await serve(StreamRoutes(probe: probe))
        defer { server.stop() }
        let socket = try get("/bytes", on: server)
        #expect(await socket.read { $0.count >= 1 << 20 })
        try await Task.sleep(for: .milliseconds(300))
        // Only what the socket buffers and the channel's write buffer hold has been produced ahead.
        #expect(probe.producedBytes < StreamRoutes.byteTotal / 2, "produced \(probe.producedBytes) bytes while the client had read ~1 MiB")
        let head = socket.head.lowercased()
        #expect(head.contains("content-length: \(StreamRoutes.byteTotal)"))
        #expect(head.contains(#"content-disposition: attachment; filename="pattern _48_.bin"; filename*=utf-8''pattern%20%2248%22.bin"#))
        let expected = head.utf8.count + StreamRoutes.byteTotal
        #expect(await socket.read(timeout: .seconds(60)) { $0.count >= expected })
        let received = socket.received
        let (length, intact) = await onOwnThread {
            let body = received.httpBody()
            let intact = body.withUnsafeBufferPointer { bytes in
                bytes.indices.allSatisfy { bytes[$0] == UInt8(truncatingIfNeeded: $0 % 251) }
            }
            return (body.count, intact)
        }
        #expect(length == StreamRoutes.byteTotal)
        #expect(intact, "every byte is the pattern's")
    }

    @Test("a file download streams the file's exact bytes with its length")
    func fileDownload() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-download-\(UUID().uuidString).bin").path
        let bytes = (0..<(3 << 20) + 12345).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let server = try await serve(StreamRoutes(probe: StreamProbe(filePath: path)))
        defer { server.stop() }
        let socket = try get("/file", on: server)
        #expect(await socket.read(until: "\r\n\r\n"))
        let head = socket.head.lowercased()
        let expected = head.utf8.count + bytes.count
        #expect(await socket.read(timeout: .seconds(30)) { $0.count >= expected })
        #expect(head.contains("content-length: \(bytes.count)"))
        #expect(head.contains("filename*=utf-8''donn%c3%a9es.bin"))
        let received = socket.received
        #expect(await onOwnThread { received.httpBody() == bytes })
    }
}
