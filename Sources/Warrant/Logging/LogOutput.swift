import Dispatch
import Foundation
import Synchronization

/// Where log lines go: standard error, each line whole. One lock keeps concurrent lines whole and in order.
///
/// Unbuffered by default — a Lambda environment may freeze right after a reply, and buffered lines would wait
/// for the next thaw. A long-running server turns on ``batch(within:)``: lines are gathered and written
/// together at most that long after the first of them, one system call for many lines (an access-log line
/// per request is otherwise a write per request).
public final class LogOutput: Sendable {
    /// Standard error, shared by every log handler and the EMF metrics lines.
    public static let standardError = LogOutput(descriptor: 2)

    private struct State {
        var pending: [UInt8] = []
        var batchWindow: DispatchTimeInterval?
        var flushScheduled = false
    }

    /// Above this many gathered bytes the line's writer writes them at once: the buffer stays bounded.
    static let maximumPendingBytes = 64 * 1024

    private let descriptor: Int32
    private let state = Mutex(State())
    /// Writes are serialised here, in the order the lines were taken from the buffer.
    private let writeLock = Mutex(())
    private let flushQueue = DispatchQueue(label: "warrant.log-output")

    /// Output to a file descriptor the process owns (standard error, or a pipe in tests).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Gathers lines and writes them together, at most `window` after the first one; ``flush()`` writes
    /// what is gathered at once (the server calls it when it stops).
    public func batch(within window: Duration) {
        let milliseconds = max(1, Int(window.components.seconds * 1000 + window.components.attoseconds / 1_000_000_000_000_000))
        state.withLock { $0.batchWindow = .milliseconds(milliseconds) }
    }

    /// Writes `line` and a newline.
    public func write(line: String) {
        write(Array(line.utf8) + [UInt8(ascii: "\n")])
    }

    /// Writes the bytes as they are, whole — now, or with the next batch.
    public func write(_ bytes: [UInt8]) {
        enum Action { case writeNow, flushNow, schedule(DispatchTimeInterval), none }
        let action: Action = state.withLock { state in
            guard let window = state.batchWindow else { return .writeNow }
            state.pending.append(contentsOf: bytes)
            if state.pending.count >= Self.maximumPendingBytes { return .flushNow }
            if state.flushScheduled { return .none }
            state.flushScheduled = true
            return .schedule(window)
        }
        switch action {
        case .writeNow: writeLock.withLock { _ in writeUnlocked(bytes) }
        case .flushNow: flush()
        case .schedule(let window): flushQueue.asyncAfter(deadline: .now() + window) { [self] in flush() }
        case .none: break
        }
    }

    /// Writes the gathered lines now.
    public func flush() {
        // Taken under the write lock so a batch cannot overtake lines written directly before it.
        writeLock.withLock { _ in
            let bytes = state.withLock { state in
                state.flushScheduled = false
                defer { state.pending.removeAll(keepingCapacity: true) }
                return state.pending
            }
            writeUnlocked(bytes)
        }
    }

    private func writeUnlocked(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
