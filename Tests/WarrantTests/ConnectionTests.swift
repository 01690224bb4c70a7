import Foundation
import Logging
import Testing
@testable import Warrant
import WarrantTesting

/// What a connection may cost the server: a refused body is not drained, a trickled head is cut off, and
/// the number of connections is capped (and said so in the log).
@Suite("Connections")
struct ConnectionTests {
    private func start(_ limits: InputLimits = InputLimits(), logger: Logger = Logger(label: "test")) async throws -> LiveServer {
        let fixture = try SecurityFixture()
        var api = fixture.api()
        api.limits = limits
        return try await LiveServer.start(api, logger: logger)
    }

    @Test("a request refused before its body is read closes the connection instead of draining the body")
    func refusedUnreadBodyCloses() async throws {
        let server = try await start()
        defer { server.stop() }
        for request in [
            "GET /member HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\nsome of it",
            "POST /nowhere HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        ] {
            let socket = try RawSocket(port: server.port)
            try socket.send(request)
            let answer = await socket.receive()
            #expect(answer.hasPrefix("HTTP/1.1 401") || answer.hasPrefix("HTTP/1.1 404"), "\(answer.prefix(80))")
            #expect(answer.lowercased().contains("connection: close"), "\(answer)")
            let rest = await socket.receive()
            #expect(rest.isEmpty && socket.closedByServer, "the server closed instead of waiting for the rest of the body")
        }
    }

    @Test("a refusal with a small body keeps the connection: the next request on it is answered")
    func smallBodyKeepsConnection() async throws {
        let server = try await start()
        defer { server.stop() }
        let socket = try RawSocket(port: server.port)
        try socket.send("GET /member HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
        let first = await socket.receive()
        #expect(first.hasPrefix("HTTP/1.1 401") && !first.lowercased().contains("connection: close"), "\(first)")
        try socket.send("GET /open HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(await socket.receive().hasPrefix("HTTP/1.1 200"))
    }

    @Test("a client trickling its header bytes is cut off at the header deadline; an idle keep-alive connection is not")
    func headerDeadline() async throws {
        let server = try await start(InputLimits(idleTimeout: .seconds(30), headerTimeout: .milliseconds(300)))
        defer { server.stop() }
        let slow = try RawSocket(port: server.port)
        try slow.send("GET /open HTTP/1.1\r\nHost: x\r\n")
        try await expectCutOffWhileTrickling(slow)

        let idle = try RawSocket(port: server.port)
        try idle.send("GET /open HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(await idle.receive().hasPrefix("HTTP/1.1 200"))
        try await Task.sleep(for: .milliseconds(800))
        try idle.send("GET /open HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(await idle.receive().hasPrefix("HTTP/1.1 200"), "an idle keep-alive connection outlives the header deadline")
    }

    @Test("a partial head sent right after a whole request, then trickled, is cut off at the header deadline too")
    func headerDeadlineAfterPipelinedRequest() async throws {
        let server = try await start(InputLimits(idleTimeout: .seconds(30), headerTimeout: .milliseconds(300)))
        defer { server.stop() }
        let slow = try RawSocket(port: server.port)
        // One read holds a whole request and the start of the next head: no deadline is armed by that read,
        // so the next read must arm it.
        try slow.send("GET /open HTTP/1.1\r\nHost: x\r\n\r\nGET /open HTTP/1.1\r\n")
        #expect(await slow.receive().hasPrefix("HTTP/1.1 200"))
        try await expectCutOffWhileTrickling(slow)
    }

    /// Sends a header line every 100 ms until the server closes the connection, which must happen well
    /// before the 30 s idle timeout.
    private func expectCutOffWhileTrickling(_ slow: RawSocket, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let started = ContinuousClock.now
        var cutOff = false
        for index in 0..<40 {
            try? slow.send("X-Slow-\(index): y\r\n")
            try await Task.sleep(for: .milliseconds(100))
            if slow.hasDataWaiting() { cutOff = true; break }
        }
        #expect(cutOff, "the server closed the trickling connection", sourceLocation: sourceLocation)
        #expect(await slow.receive().isEmpty && slow.closedByServer, sourceLocation: sourceLocation)
        #expect(ContinuousClock.now - started < .seconds(4), "well before the 30 s idle timeout", sourceLocation: sourceLocation)
    }

    @Test("past the connection cap new connections wait, and the log says so once; they are served when one closes")
    func connectionCap() async throws {
        let logs = CapturedLogs()
        let server = try await start(InputLimits(maxConnections: 2), logger: logs.logger())
        defer { server.stop() }
        var held = [try RawSocket(port: server.port), try RawSocket(port: server.port)]
        for socket in held {
            try socket.send("GET /open HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(await socket.receive().hasPrefix("HTTP/1.1 200"))
        }
        let waiting = try RawSocket(port: server.port)
        try waiting.send("GET /open HTTP/1.1\r\nHost: x\r\n\r\n")
        try await Task.sleep(for: .milliseconds(300))
        #expect(!waiting.hasDataWaiting(), "the third connection is not served while two are open")
        #expect(logs.all.filter { $0.contains("connection limit reached") }.count == 1)
        held.removeFirst()
        #expect(await waiting.receive().hasPrefix("HTTP/1.1 200"), "served once a connection closed")
        for _ in 0..<50 where !logs.all.contains(where: { $0.contains("no longer reached") }) { try await Task.sleep(for: .milliseconds(20)) }
        #expect(logs.all.contains { $0.contains("connection limit no longer reached") })
    }
}
