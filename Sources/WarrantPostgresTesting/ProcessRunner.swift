import Foundation
import Synchronization

/// Runs a command to completion without blocking a Swift concurrency thread, with a time limit.
///
/// Uses `posix_spawn` and `waitpid` rather than Foundation's `Process`: on Linux, `Process`
/// notices a child's exit through a socket the child inherits, so a command that leaves
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

    /// Starts the command with standard input from `/dev/null` and both output streams
    /// into `outputPath`.
    private static func spawn(_ executable: String, _ arguments: [String], outputPath: String) throws -> pid_t {
        let output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard output >= 0 else { throw TemporaryPostgresError.system("cannot create \(outputPath): errno \(errno)") }
        defer { close(output) }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var processID: pid_t = 0
        let result = argv.withUnsafeBufferPointer { argumentBuffer -> Int32 in
            environment.withUnsafeBufferPointer { environmentBuffer -> Int32 in
                guard let arguments = argumentBuffer.baseAddress, let variables = environmentBuffer.baseAddress else {
                    return EINVAL
                }
                return posix_spawn(&processID, executable, &actions, nil, arguments, variables)
            }
        }
        guard result == 0 else {
            throw TemporaryPostgresError.system("cannot run \(executable): error \(result)")
        }
        return processID
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
