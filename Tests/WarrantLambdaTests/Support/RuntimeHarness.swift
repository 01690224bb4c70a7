import Hummingbird
import Logging
import Testing
import WarrantLambda
import WarrantLambdaEmulator

/// Runs a ``LambdaRuntime`` serving ``TestRoutes`` against a fresh emulator for one test.
struct RuntimeHarness {
    var eventFormat: LambdaEventFormat?
    var stripStagePrefix = false
    var basePath: String?

    /// A logger that discards, so expected failures do not clutter test output.
    static let quietLogger = Logger(label: "warrant.lambda.tests", factory: { _ in SwiftLogNoOpLogHandler() })

    func run(_ body: (LambdaRuntimeEmulator, ConcurrencyProbe) async throws -> Void) async throws {
        let emulator = try await LambdaRuntimeEmulator.start()
        let probe = ConcurrencyProbe()
        let runtime = LambdaRuntime(
            runtimeAPI: emulator.runtimeAPI,
            responder: TestRoutes.router(probe: probe).buildResponder(),
            eventFormat: self.eventFormat,
            stripStagePrefix: self.stripStagePrefix,
            basePath: self.basePath,
            logger: Self.quietLogger
        )
        let task = Task { try await runtime.run() }
        do {
            try await body(emulator, probe)
        } catch {
            task.cancel()
            _ = await task.result
            try await emulator.shutdown()
            throw error
        }
        task.cancel()
        let result = await task.result
        try await emulator.shutdown()
        // Cancellation is a normal stop: `run()` returns rather than throws.
        try result.get()
    }
}
