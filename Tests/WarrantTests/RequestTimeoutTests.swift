import Foundation
import Testing
@testable import Warrant
import WarrantTesting

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Slow clients: a body still trickling in at the deadline is answered 408; a client that goes silent is
/// disconnected by the idle timeout.
@Suite("Request timeout")
struct RequestTimeoutTests {
    private let head = """
        POST /gadgets HTTP/1.1\r
        Host: localhost\r
        Content-Type: application/json\r
        Content-Length: 100\r
        \r
        {"name": "half
        """

    @Test("a body still arriving after the deadline gets a 408 problem")
    func trickledBody() async throws {
        let api = API(info: APIInfo(title: "Slow", version: "1"), limits: InputLimits(requestTimeout: .milliseconds(200))) {
            $0.include(GadgetRoutes())
        }
        let server = try await LiveServer.start(api)
        defer { server.stop() } // Keeps the server alive to the end: Swift may release it after its last use.
        let socket = try RawSocket(port: server.port)
        try socket.send(head)
        // Keep trickling a byte at a time (never the whole body) until the server answers: the deadline runs
        // from when the route starts reading, which a loaded machine may delay past any single pause.
        for _ in 0..<40 {
            try await Task.sleep(for: .milliseconds(150))
            if socket.hasDataWaiting() { break }
            try socket.send("x")
        }
        let answer = await socket.receive()
        #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
        #expect(answer.contains("application/problem+json"))
        #expect(answer.contains("did not arrive within the time the server allows"))
    }

    @Test("a client that stops sending is disconnected after the idle timeout")
    func silentClient() async throws {
        let api = API(info: APIInfo(title: "Slow", version: "1"), limits: InputLimits(idleTimeout: .milliseconds(300))) {
            $0.include(GadgetRoutes())
        }
        let server = try await LiveServer.start(api)
        defer { server.stop() } // Keeps the server alive to the end: Swift may release it after its last use.
        let socket = try RawSocket(port: server.port)
        try socket.send(head)
        let answer = await socket.receive()
        #expect(answer.isEmpty, "the server answered instead of closing: \(answer)")
        #expect(socket.closedByServer)
    }

    @Test("a body that arrives in time is read whole, whatever its chunks")
    func chunkedInTime() async throws {
        let api = API(info: APIInfo(title: "Slow", version: "1")) { $0.include(GadgetRoutes()) }
        let server = try await LiveServer.start(api)
        defer { server.stop() } // Keeps the server alive to the end: Swift may release it after its last use.
        let socket = try RawSocket(port: server.port)
        let body = #"{"name": "widget", "quantity": 3}"#
        try socket.send("POST /gadgets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body.prefix(10))
        try await Task.sleep(for: .milliseconds(50))
        try socket.send(String(body.dropFirst(10)))
        let answer = await socket.receive()
        #expect(answer.hasPrefix("HTTP/1.1 201"), "\(answer)")
        #expect(answer.contains(#""name":"widget""#))
    }

    @Test("media types are compared without parameters, case or spaces")
    func mediaTypes() {
        #expect(RequestBodyReader.mediaType("application/json") == "application/json")
        #expect(RequestBodyReader.mediaType(" Application/JSON ; charset=utf-8") == "application/json")
        #expect(RequestBodyReader.mediaType("application/problem+json;x=1") == "application/problem+json")
        #expect(RequestBodyReader.mediaType(nil) == "")
        #expect(RequestBodyReader.mediaType("") == "")
    }
}

/// A plain client socket, for what an HTTP client library will not send (half a body, a pause).
///
/// Its blocking `recv` runs on a thread of its own: blocking one of Swift's few cooperative threads (two on
/// a 2-core machine) while the server in the same process needs them stalled both for the receive timeout.
/// Unchecked `Sendable`: each test uses its socket from one place at a time.
final class RawSocket: @unchecked Sendable {
    private let descriptor: Int32
    /// Whether the server closed the connection (rather than the 10 s receive timeout passing).
    private(set) var closedByServer = false

    init(port: Int) throws {
        #if canImport(Darwin)
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #else
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #endif
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // A send the server never makes room for fails after the same 10 s instead of hanging the suite.
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        try #require(trySend(text))
    }

    /// Sends `text`; `false` when not all of it could be sent (the server closed the connection).
    func trySend(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        #if canImport(Darwin)
        let sent = Darwin.send(descriptor, bytes, bytes.count, 0)
        #else
        let sent = Glibc.send(descriptor, bytes, bytes.count, Int32(MSG_NOSIGNAL))
        #endif
        return sent == bytes.count
    }

    /// Whether the server has sent something (or closed), without waiting.
    func hasDataWaiting() -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    /// Everything the server sends until it has sent a whole JSON response or closed the connection,
    /// read on a thread of its own.
    func receive() async -> String {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.receiveBlocking()) }.start()
        }
    }

    /// ``receive()``, blocking the calling thread.
    private func receiveBlocking() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            // A close with bytes of ours still unread on the server's side arrives as a reset, not an end.
            if count == 0 || (count < 0 && errno == ECONNRESET) { closedByServer = true }
            guard count > 0 else { break }
            received += buffer.prefix(count)
            if let text = String(bytes: received, encoding: .utf8), text.contains("\r\n\r\n"), text.hasSuffix("}") { break }
        }
        return String(decoding: received, as: UTF8.self)
    }
}
