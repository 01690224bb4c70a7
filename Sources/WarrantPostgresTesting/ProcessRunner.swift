import Foundation
import Synchronization

/// Runs a command to completion without blocking a Swift concurrency thread, with a time limit.
///
/// Uses `posix_spawn` and `waitpid` (``ChildProcess``) rather than Foundation's `Process`: on Linux,
/// `Process` notices a child's exit through a socket the child inherits, so a command that leaves
/// a daemon behind (as `pg_ctl start` does) would never be seen to finish.
enum ProcessRunner {
    /// Runs `executable` and returns its combined output; throws if it fails or times out.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], timeout: Duration) async throws -> String {
        let command = ([executable] + arguments).joined(separator: " ")
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("warrant-pg-command-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }

        let processID = try spawn(executable, arguments, outputPath: outputPath)
        let watch = ExitWatch()
        let status = await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let waiter = Thread {
                var status: Int32 = 0
                while waitpid(processID, &status, 0) == -1 && errno == EINTR {}
                watch.state.withLock { $0.finished = true }
                continuation.resume(returning: status)
            }
            waiter.start()
            let timer = Task {
                try? await Task.sleep(for: timeout)
                // Checked under the lock, so a reaped (and possibly reused) pid is never signalled.
                watch.state.withLock { state in
                    if !state.finished && !Task.isCancelled {
                        state.timedOut = true
                        kill(processID, SIGKILL)
                    }
                }
            }
            watch.state.withLock { $0.timer = timer }
        }
        watch.state.withLock { $0.timer?.cancel() }
        if watch.state.withLock({ $0.timedOut }) {
            throw TemporaryPostgresError.timedOut(command: command, after: timeout)
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitCode = exitCode(fromWaitStatus: status)
        guard exitCode == 0 else {
            throw TemporaryPostgresError.commandFailed(command: command, status: exitCode, output: output)
        }
        return output
    }

    /// Starts the command with both output streams into `outputPath` (see ``ChildProcess``).
    private static func spawn(_ executable: String, _ arguments: [String], outputPath: String) throws -> pid_t {
        let output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw TemporaryPostgresError.system("cannot create \(outputPath): errno \(errno)") }
        defer { close(output) }
        return try ChildProcess.spawn(executable, arguments, output: output)
    }

    /// The exit code of a normally exited process, or 128 plus the signal number.
    private static func exitCode(fromWaitStatus status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// Whether a command has finished, and whether it was killed for taking too long.
private final class ExitWatch: Sendable {
    let state = Mutex<(finished: Bool, timedOut: Bool, timer: Task<Void, Never>?)>((false, false, nil))
}
