import Foundation
import Testing
@testable import Warrant

@Suite("Log output: unbuffered, or gathered into batches")
struct LogOutputTests {
    /// A pipe whose read end does not block: what is readable now, and nothing else.
    final class Pipe {
        let read: Int32
        let write: Int32

        init() throws {
            var ends: [Int32] = [0, 0]
            guard Foundation.pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            (read, write) = (ends[0], ends[1])
            _ = fcntl(read, F_SETFL, fcntl(read, F_GETFL) | O_NONBLOCK)
        }

        func available() -> String {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = Foundation.read(read, &chunk, chunk.count)
                if count <= 0 { break }
                bytes += chunk[0..<count]
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        deinit {
            close(read)
            close(write)
        }
    }

    @Test("unbuffered (the default, and Lambda's): each line is written when it is logged")
    func unbuffered() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.write)
        output.write(line: "first")
        #expect(pipe.available() == "first\n")
        output.write(line: "second")
        #expect(pipe.available() == "second\n")
    }

    @Test("batched: lines wait for the window or a flush, then come out whole and in order")
    func batched() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.write)
        output.batch(within: .seconds(30))
        for index in 0..<100 { output.write(line: "line \(index)") }
        #expect(pipe.available() == "", "nothing is written before the window closes or a flush")
        output.flush()
        #expect(pipe.available() == (0..<100).map { "line \($0)\n" }.joined())
        output.flush()
        #expect(pipe.available() == "", "a flush with nothing gathered writes nothing")
    }

    @Test("batched: the window closes by itself, without a flush")
    func windowCloses() async throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.write)
        output.batch(within: .milliseconds(5))
        output.write(line: "alone")
        var written = ""
        for _ in 0..<500 where written.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            written = pipe.available()
        }
        #expect(written == "alone\n")
    }

    @Test("batched: past 64 KiB gathered, the lines are written at once (the buffer stays bounded)")
    func bounded() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.write)
        output.batch(within: .seconds(30))
        let line = String(repeating: "x", count: 1023)
        for _ in 0..<(LogOutput.maximumPendingBytes / 1024) { output.write(line: line) }
        let written = pipe.available()
        #expect(written.utf8.count == LogOutput.maximumPendingBytes)
        #expect(written.split(separator: "\n").allSatisfy { $0 == line })
    }

    @Test("batched, from many threads: every line whole, each thread's lines in its order")
    func concurrent() async throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.write)
        output.batch(within: .milliseconds(1))
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    for index in 0..<100 { output.write(line: "\(writer) \(index) " + String(repeating: "y", count: 40)) }
                }
            }
        }
        output.flush()
        let lines = pipe.available().split(separator: "\n")
        #expect(lines.count == 8 * 100)
        for writer in 0..<8 {
            let indices = lines.filter { $0.hasPrefix("\(writer) ") }.map { Int($0.split(separator: " ")[1]) }
            #expect(indices == (0..<100).map { Optional($0) })
        }
    }
}
