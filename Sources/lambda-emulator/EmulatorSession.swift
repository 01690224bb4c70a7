import Foundation
import WarrantLambdaEmulator

/// One run of the program: start the emulator, optionally the runtime, feed events, report.
struct EmulatorSession {
    let options: CommandLineOptions

    /// What ended the wait for one event.
    private enum Wait: Sendable {
        case outcome(LambdaEmulatorOutcome)
        case initError(LambdaEmulatorErrorReport)
        case exited(Int32)
        case timedOut
    }

    /// Runs to completion and returns the process exit status.
    func run() async -> Int32 {
        var configuration = LambdaRuntimeEmulator.Configuration(host: self.options.host, port: self.options.port)
        if let arn = self.options.functionARN { configuration.functionARN = arn }
        let emulator: LambdaRuntimeEmulator
        do {
            emulator = try await LambdaRuntimeEmulator.start(configuration: configuration)
        } catch {
            OutputLine.diagnose("cannot start: \(error)")
            return 1
        }
        OutputLine.write(["type": "listening", "runtimeAPI": emulator.runtimeAPI])

        var events = EventSource(files: self.options.eventFiles)
        var child: ChildRuntime?
        var status: Int32 = 0
        var isFirst = true
        let clock = ContinuousClock()
        var spawnedAt = clock.now

        while let event = events.next() {
            guard let payload = event else {
                status = 1
                break
            }
            let requestID = emulator.enqueue(payload)
            // The first event is queued before the runtime starts, so the cold start measured is
            // process start to first reply, with no waiting on this side in between.
            if isFirst, !self.options.program.isEmpty {
                do {
                    spawnedAt = clock.now
                    child = try ChildRuntime(arguments: self.options.program, runtimeAPI: emulator.runtimeAPI)
                } catch {
                    OutputLine.diagnose("cannot start \(self.options.program[0]): \(error)")
                    status = 1
                    break
                }
            }
            let enqueuedAt = clock.now
            var wait = await self.wait(for: requestID, emulator: emulator, child: child)
            // A runtime that reports an init error exits right after; report the cause, not the exit.
            if case .exited = wait, let report = emulator.recordedInitError {
                wait = .initError(report)
            }
            let elapsed = Self.milliseconds(clock.now - enqueuedAt)
            if isFirst, child != nil, case .outcome = wait {
                OutputLine.write(["type": "coldStart", "ms": Self.milliseconds(clock.now - spawnedAt)])
            }
            isFirst = false
            switch wait {
            case .outcome(.response(let body)):
                OutputLine.write(["type": "response", "requestId": requestID, "elapsedMs": elapsed, "payload": OutputLine.payload(body)])
            case .outcome(.error(let report)):
                OutputLine.write([
                    "type": "error", "requestId": requestID, "elapsedMs": elapsed,
                    "errorType": report.errorTypeHeader ?? "", "payload": OutputLine.payload(report.body),
                ])
            case .initError(let report):
                OutputLine.write(["type": "initError", "errorType": report.errorTypeHeader ?? "", "payload": OutputLine.payload(report.body)])
                status = 2
            case .exited(let code):
                OutputLine.write(["type": "exit", "status": Int(code)])
                status = 2
            case .timedOut:
                OutputLine.write(["type": "timeout", "requestId": requestID])
                status = 1
            }
            if status != 0 { break }
        }

        if let child {
            _ = await child.terminate()
        }
        try? await emulator.shutdown()
        return status
    }

    /// Waits for whichever comes first: the outcome, an init error, the runtime exiting.
    private func wait(for requestID: String, emulator: LambdaRuntimeEmulator, child: ChildRuntime?) async -> Wait {
        let timeout = Duration.seconds(self.options.timeoutSeconds)
        return await withTaskGroup(of: Wait?.self) { group in
            group.addTask {
                do {
                    return .outcome(try await emulator.outcome(for: requestID, timeout: timeout))
                } catch {
                    return .timedOut
                }
            }
            group.addTask {
                guard let report = try? await emulator.initError(timeout: timeout) else { return nil }
                return .initError(report)
            }
            if let child {
                group.addTask { await child.waitForExit().map(Wait.exited) }
            }
            while let result = await group.next() {
                if let result {
                    group.cancelAll()
                    return result
                }
            }
            return .timedOut
        }
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        // One millisecond is 10^15 attoseconds.
        return (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded(toPlaces: 3)
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        return (self * scale).rounded() / scale
    }
}
