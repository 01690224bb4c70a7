import Foundation
import Testing
@testable import Warrant
import WarrantTesting

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The body-read deadline: slow clients get a 408 problem, and fast requests do not wait for (or keep) the timer.
@Suite("Request timeout")
struct RequestTimeoutTests {
    @Test("an operation past the limit is cancelled and answered with a 408 problem")
    func expires() async throws {
        let error = await #expect(throws: Problem.self) {
            try await RequestTimeout.run(limit: .milliseconds(100)) {
                try await Task.sleep(for: .seconds(30))
                return 1
            }
        }
        #expect(error?.status == .requestTimeout)
    }

    // If finishing did not cancel the timer, `run` would wait out the ten minutes and hit the time limit.
    @Test("a finished operation cancels its timer at once", .timeLimit(.minutes(1)))
    func finishesEarly() async throws {
        for value in 0..<1000 {
            #expect(try await RequestTimeout.run(limit: .seconds(600)) { value } == value)
        }
    }

    @Test("a cancelled wait ends at once", .timeLimit(.minutes(1)))
    func cancelledWait() async throws {
        let wait = Task { try await RequestTimeout.elapse(.seconds(600)) }
        wait.cancel()
        await #expect(throws: (any Error).self) { try await wait.value }
    }

    @Test("a client that sends half its body gets a 408 problem when the read deadline passes")
    func slowBody() async throws {
        let api = API(info: APIInfo(title: "Slow", version: "1"), limits: InputLimits(requestTimeout: .milliseconds(300))) {
            $0.include(GadgetRoutes())
        }
        let server = try await LiveServer.start(api)
        let answer = try RawSocket.exchange(port: server.port, sending: """
            POST /gadgets HTTP/1.1\r
            Host: localhost\r
            Content-Type: application/json\r
            Content-Length: 100\r
            \r
            {"name": "half
            """)
        #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
        #expect(answer.contains("application/problem+json"))
        #expect(answer.contains("did not arrive within the time the server allows"))
    }
}

/// One request over a plain socket, for what an HTTP client library will not send (half a body).
enum RawSocket {
    static func exchange(port: Int, sending request: String) throws -> String {
        #if canImport(Darwin)
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        try #require(descriptor >= 0)
        defer { close(descriptor) }
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
        let bytes = Array(request.utf8)
        try #require(send(descriptor, bytes, bytes.count, 0) == bytes.count)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer.prefix(count)
            if let text = String(bytes: received, encoding: .utf8), text.contains("\r\n\r\n"), text.contains("}") { break }
        }
        return String(decoding: received, as: UTF8.self)
    }
}
