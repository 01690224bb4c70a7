import Foundation
import NIOCore

/// Reads a file as committed at a revision with `git show REVISION:PATH`, so a pull-request job can
/// compare the target branch's spec with its own without a second checkout.
struct GitShow {
    let maximumBytes: Int
    let timeout: TimeAmount
    let workingDirectory: String?

    /// What one `git show` produced.
    enum Outcome: Sendable {
        case output([UInt8])
        case failed(status: Int32, message: String)
        case tooLarge
        case timedOut
        case couldNotStart(String)
    }

    /// The file's bytes at `revision`.
    func file(_ path: String, at revision: String) async throws(AuditError) -> [UInt8] {
        // An argument that starts with '-' would be read as an option.
        guard !revision.hasPrefix("-"), !path.hasPrefix("-") else {
            throw AuditError("git:\(revision):\(path): a revision or path cannot start with '-'")
        }
        let object = "\(revision):\(path)"
        let run = GitRun(arguments: ["git", "show", object], directory: workingDirectory, maximumBytes: maximumBytes, seconds: timeout)
        let outcome = await withCheckedContinuation { continuation in
            // The reads block, so they run off the cooperative pool.
            DispatchQueue.global().async { continuation.resume(returning: run.outcome()) }
        }
        switch outcome {
        case .output(let bytes):
            return bytes
        case .failed(let status, let message):
            let said = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw AuditError("git show \(object) failed (status \(status)): \(said.isEmpty ? "no message" : said); fetch the revision first (git fetch origin main), and check the path is relative to the repository's root")
        case .tooLarge:
            throw AuditError("git show \(object) printed more than \(maximumBytes) bytes")
        case .timedOut:
            throw AuditError("git show \(object) took longer than \(timeout.nanoseconds / 1_000_000_000) s")
        case .couldNotStart(let reason):
            throw AuditError("git could not be started (\(reason)); is git installed and on PATH?")
        }
    }
}

/// One run of git, blocking: its output up to a cap, its error text, its status, within a deadline.
private struct GitRun: Sendable {
    let arguments: [String]
    let directory: String?
    let maximumBytes: Int
    let seconds: TimeAmount

    func outcome() -> GitShow.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true) }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .couldNotStart(error.localizedDescription)
        }
        let watchdog = Watchdog(process: process)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(seconds.nanoseconds))) { watchdog.fire() }
        // Error text is read beside the output, so a chatty git cannot fill its pipe and stall.
        let errorText = ErrorText()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorText.read(errors.fileHandleForReading) }
        var bytes: [UInt8] = []
        var tooLarge = false
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.count > maximumBytes {
                tooLarge = true
                watchdog.stop()
                break
            }
        }
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
        group.wait()
        if watchdog.fired { return .timedOut }
        if tooLarge { return .tooLarge }
        guard process.terminationStatus == 0 else {
            return .failed(status: process.terminationStatus, message: errorText.text)
        }
        return .output(bytes)
    }
}

/// Ends the process when the deadline passes; remembers that it did.
///
/// `Process` is not `Sendable`, but terminating it from another thread is what its API is for: the one
/// mutable fact here, whether the deadline fired, is behind a lock.
private final class Watchdog: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var didFire = false

    init(process: Process) { self.process = process }

    /// Terminates the process if it is still running.
    func fire() {
        lock.withLock {
            guard process.isRunning else { return }
            didFire = true
            process.terminate()
        }
    }

    /// Terminates the process now, without counting it as a timeout.
    func stop() {
        lock.withLock { if process.isRunning { process.terminate() } }
    }

    var fired: Bool { lock.withLock { didFire } }
}

/// The error text a process wrote, read on another thread.
private final class ErrorText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    /// Reads `handle` to its end (keeping the first 64 KiB: enough for any message git prints).
    func read(_ handle: FileHandle) {
        let all = handle.readDataToEndOfFile()
        lock.withLock { data = all.prefix(64 << 10) }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
