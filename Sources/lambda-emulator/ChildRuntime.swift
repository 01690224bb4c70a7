import Foundation
import Synchronization

/// The runtime program started with `--exec`.
final class ChildRuntime: Sendable {
    private struct ExitState {
        var status: Int32?
        var waiters: [Int: CheckedContinuation<Int32?, Never>] = [:]
        var nextWaiterID = 0
    }

    /// Behind a lock because `Process` is not `Sendable` and its termination handler runs on
    /// another thread.
    private let process: Mutex<Process>
    private let exit = Mutex(ExitState())

    /// Starts `arguments[0]` (searched on `PATH` if it has no `/`) with `runtimeAPI` in its environment.
    init(arguments: [String], runtimeAPI: String) throws {
        guard let program = arguments.first else { throw UsageError("--exec needs a program") }
        let process = Process()
        let arguments = Array(arguments.dropFirst())
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["AWS_LAMBDA_RUNTIME_API"] = runtimeAPI
        process.environment = environment
        process.standardOutput = FileHandle.standardError
        self.process = Mutex(process)
        try self.process.withLock { process in
            process.terminationHandler = { [weak self] process in
                self?.finished(status: process.terminationStatus)
            }
            try process.run()
        }
    }

    /// Waits for the program to exit and returns its status, or `nil` if the task is cancelled first.
    func waitForExit() async -> Int32? {
        let id = self.exit.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Int32?, Never>) in
                let status: Int32?? = self.exit.withLock { state in
                    if let status = state.status { return .some(status) }
                    if Task.isCancelled { return .some(nil) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let status { continuation.resume(returning: status) }
            }
        } onCancel: {
            let waiter = self.exit.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.resume(returning: nil)
        }
    }

    /// Asks the program to stop (SIGTERM) and waits for it.
    func terminate() async -> Int32? {
        self.process.withLock { process in
            if process.isRunning { process.terminate() }
        }
        return await self.waitForExit()
    }

    private func finished(status: Int32) {
        let waiters = self.exit.withLock { state in
            state.status = status
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: status) }
    }
}
