import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback client socket that reads a response as it arrives, for streamed answers: a test waits for
/// a marker (an event, a keep-alive) before letting the producer go on, or reads part of a download only.
///
/// Blocking `recv` runs on a thread of its own (see ``RawSocket``). Unchecked `Sendable`: each test reads
/// from one place at a time.
final class StreamingSocket: @unchecked Sendable {
    private var descriptor: Int32
    /// Every byte received so far.
    private(set) var received: [UInt8] = []
    /// Whether the server closed the connection.
    private(set) var closed = false

    init(port: Int) throws {
        #if canImport(Darwin)
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #else
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #endif
        guard descriptor >= 0 else { throw StreamingSocketError.cannotConnect }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw StreamingSocketError.cannotConnect }
        // Short reads, so a wait for a marker notices its deadline.
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { disconnect() }

    /// Closes the connection from the client's side.
    func disconnect() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        #if canImport(Darwin)
        let sent = Darwin.send(descriptor, bytes, bytes.count, 0)
        #else
        let sent = Glibc.send(descriptor, bytes, bytes.count, Int32(MSG_NOSIGNAL))
        #endif
        guard sent == bytes.count else { throw StreamingSocketError.cannotSend }
    }

    /// The response's head, through the blank line that ends it (empty until it has all arrived).
    var head: String {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        let limit = Swift.min(received.count, 64 * 1024)
        var end = 0
        while end + 4 <= limit {
            if received[end..<(end + 4)].elementsEqual(separator) { return String(decoding: received[..<(end + 4)], as: UTF8.self) }
            end += 1
        }
        return ""
    }

    /// Everything received, as text.
    var text: String { String(decoding: received, as: UTF8.self) }

    /// Reads until `done` holds for what has been received, the server closes, or `timeout` passes; returns
    /// whether `done` held.
    @discardableResult
    func read(timeout: Duration = .seconds(10), until done: @escaping @Sendable ([UInt8]) -> Bool) async -> Bool {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.readBlocking(timeout: timeout, until: done)) }.start()
        }
    }

    /// Reads until the received text contains `marker`.
    @discardableResult
    func read(until marker: String, timeout: Duration = .seconds(10)) async -> Bool {
        let needle = Array(marker.utf8)
        return await read(timeout: timeout) { $0.contains(needle) }
    }

    private func readBlocking(timeout: Duration, until done: ([UInt8]) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !done(received) {
            guard !closed, ContinuousClock.now < deadline else { return false }
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 || (count < 0 && errno == ECONNRESET) { closed = true }
            if count > 0 { received += buffer.prefix(count) }
        }
        return true
    }
}

/// Runs `work` on a thread of its own: checking megabytes byte by byte in a debug build takes long enough
/// to starve the two cooperative threads the rest of the suite shares.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}

enum StreamingSocketError: Error {
    case cannotConnect
    case cannotSend
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var index = startIndex
        while let found = self[index...].firstIndex(of: first), found + needle.count <= count {
            if self[found..<(found + needle.count)].elementsEqual(needle) { return true }
            index = found + 1
        }
        return false
    }

    /// The body after the head of an HTTP response, with chunked framing removed when `chunked`.
    func httpBody() -> [UInt8] {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var start = 0
        while start + 4 <= count, !self[start..<(start + 4)].elementsEqual(separator) { start += 1 }
        let body = Array(self[Swift.min(count, start + 4)...])
        let head = String(decoding: self[..<start], as: UTF8.self).lowercased()
        return head.contains("transfer-encoding: chunked") ? body.dechunked() : body
    }

    /// Chunked transfer coding removed (as much as has arrived).
    private func dechunked() -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while let lineEnd = self[index...].firstIndex(of: 0x0D), lineEnd + 1 < count {
            let sizeText = String(decoding: self[index..<lineEnd], as: UTF8.self)
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = lineEnd + 2
            guard start + size <= count else { result += self[start...]; break }
            result += self[start..<(start + size)]
            index = start + size + 2
            guard index < count else { break }
        }
        return result
    }
}
