import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A local stand-in for the AWS Lambda Runtime API, for tests.
///
/// It serves `GET /2018-06-01/runtime/invocation/next` (long-polling until an event is queued),
/// `POST .../invocation/{id}/response`, `POST .../invocation/{id}/error` and `POST .../init/error`
/// on 127.0.0.1, and records what the runtime posts per request id.
///
/// ```swift
/// let emulator = try await LambdaRuntimeEmulator.start()
/// // start a runtime with AWS_LAMBDA_RUNTIME_API = emulator.runtimeAPI, then:
/// let outcome = try await emulator.invoke(eventJSON)
/// try await emulator.shutdown()
/// ```
public final class LambdaRuntimeEmulator: Sendable {
    /// Emulator settings.
    public struct Configuration: Sendable {
        /// The address to listen on.
        public var host: String
        /// The port to listen on; `0` picks a free one.
        public var port: Int
        /// The ARN sent as `Lambda-Runtime-Invoked-Function-Arn`.
        public var functionARN: String
        /// The function timeout, which sets each event's `Lambda-Runtime-Deadline-Ms`.
        public var functionTimeout: Duration

        /// Creates settings; the defaults listen on a free loopback port.
        /// - Parameters:
        ///   - host: The address to listen on.
        ///   - port: The port, `0` for a free one.
        ///   - functionARN: The invoked function's ARN.
        ///   - functionTimeout: The function timeout.
        public init(
            host: String = "127.0.0.1",
            port: Int = 0,
            functionARN: String = "arn:aws:lambda:us-east-1:123456789012:function:warrant-emulator",
            functionTimeout: Duration = .seconds(30)
        ) {
            self.host = host
            self.port = port
            self.functionARN = functionARN
            self.functionTimeout = functionTimeout
        }
    }

    private let configuration: Configuration
    private let state: EmulatorState
    private let serverChannel: any Channel
    private let eventLoop: any EventLoop

    /// The port the emulator listens on.
    public let port: Int

    /// The value for `AWS_LAMBDA_RUNTIME_API`: `host:port`.
    public var runtimeAPI: String { "\(self.configuration.host):\(self.port)" }

    private init(configuration: Configuration, state: EmulatorState, serverChannel: any Channel, port: Int) {
        self.configuration = configuration
        self.state = state
        self.serverChannel = serverChannel
        self.eventLoop = serverChannel.eventLoop
        self.port = port
    }

    /// Starts listening.
    /// - Parameter configuration: Where to listen and what to send with events.
    public static func start(configuration: Configuration = Configuration()) async throws -> LambdaRuntimeEmulator {
        let state = EmulatorState()
        let functionARN = configuration.functionARN
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(EmulatorHTTPHandler(state: state, functionARN: functionARN))
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        guard let port = channel.localAddress?.port else {
            try? await channel.close()
            throw LambdaEmulatorError("the emulator's socket has no port")
        }
        return LambdaRuntimeEmulator(configuration: configuration, state: state, serverChannel: channel, port: port)
    }

    /// Queues an event for the next `invocation/next`.
    /// - Parameters:
    ///   - payload: The event JSON.
    ///   - requestID: The request id; a fresh UUID when `nil`.
    ///   - traceID: The X-Ray header; a fresh one when `nil`.
    /// - Returns: The request id, to await the outcome with.
    @discardableResult
    public func enqueue(_ payload: [UInt8], requestID: String? = nil, traceID: String? = nil) -> String {
        let requestID = requestID ?? UUID().uuidString.lowercased()
        let (seconds, attoseconds) = self.configuration.functionTimeout.components
        // One millisecond is 10^15 attoseconds.
        let timeoutMilliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        let deadline = Int64(Date().timeIntervalSince1970 * 1000) + timeoutMilliseconds
        let event = LambdaEmulatorEvent(
            requestID: requestID,
            payload: payload,
            deadlineMilliseconds: deadline,
            traceID: traceID ?? Self.makeTraceID()
        )
        self.state.enqueue(event)
        return requestID
    }

    /// Queues an event given as text.
    /// - Parameters:
    ///   - payload: The event JSON.
    ///   - requestID: The request id; a fresh UUID when `nil`.
    ///   - traceID: The X-Ray header; a fresh one when `nil`.
    /// - Returns: The request id.
    @discardableResult
    public func enqueue(_ payload: String, requestID: String? = nil, traceID: String? = nil) -> String {
        self.enqueue(Array(payload.utf8), requestID: requestID, traceID: traceID)
    }

    /// Waits for the runtime's response or error for `requestID`.
    /// - Parameters:
    ///   - requestID: The id `enqueue` returned.
    ///   - timeout: How long to wait before throwing ``LambdaEmulatorError``.
    public func outcome(for requestID: String, timeout: Duration = .seconds(10)) async throws -> LambdaEmulatorOutcome {
        let promise = self.eventLoop.makePromise(of: LambdaEmulatorOutcome.self)
        let id = self.state.awaitOutcome(for: requestID, promise)
        let state = self.state
        return try await self.wait(for: promise, timeout: timeout) { error in
            // Only a wait still registered is failed here; one already answered keeps its outcome.
            if state.withdrawOutcomeWait(id: id, requestID: requestID) { promise.fail(error) }
        } describing: {
            "no response or error for \(requestID) within \(timeout)"
        }
    }

    /// Queues an event and waits for its outcome.
    /// - Parameters:
    ///   - payload: The event JSON.
    ///   - timeout: How long to wait for the outcome.
    public func invoke(_ payload: String, timeout: Duration = .seconds(10)) async throws -> LambdaEmulatorOutcome {
        try await self.outcome(for: self.enqueue(payload), timeout: timeout)
    }

    /// Waits for a report on `init/error`.
    /// - Parameter timeout: How long to wait before throwing ``LambdaEmulatorError``.
    public func initError(timeout: Duration = .seconds(10)) async throws -> LambdaEmulatorErrorReport {
        let promise = self.eventLoop.makePromise(of: LambdaEmulatorErrorReport.self)
        let id = self.state.awaitInitError(promise)
        let state = self.state
        return try await self.wait(for: promise, timeout: timeout) { error in
            if state.withdrawInitErrorWait(id: id) { promise.fail(error) }
        } describing: {
            "no init/error within \(timeout)"
        }
    }

    /// Waits for `promise`, giving up after `timeout` or when the task is cancelled; `abandon`
    /// withdraws the wait and fails the promise if it is still pending.
    private func wait<Value: Sendable>(
        for promise: EventLoopPromise<Value>,
        timeout: Duration,
        abandon: @escaping @Sendable (any Error) -> Void,
        describing: @escaping @Sendable () -> String
    ) async throws -> Value {
        let timer = self.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
            abandon(LambdaEmulatorError(describing()))
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await promise.futureResult.get()
        } onCancel: {
            abandon(CancellationError())
        }
    }

    /// The `init/error` report, if one has arrived.
    public var recordedInitError: LambdaEmulatorErrorReport? { self.state.initError }

    /// The most invocations a runtime ever held at once (fetched, not yet answered); a runtime
    /// that handles one invocation at a time keeps this at 1.
    public var maxConcurrentInvocations: Int { self.state.maxInFlight }

    /// Runtimes blocked in `invocation/next` right now.
    public var waitingRuntimeCount: Int { self.state.waitingRuntimeCount }

    /// Events queued and not yet fetched.
    public var queuedEventCount: Int { self.state.queuedCount }

    /// Stops listening and closes every runtime connection.
    public func shutdown() async throws {
        try? await self.serverChannel.close()
        for connection in self.state.connections {
            try? await connection.close()
        }
    }

    /// An X-Ray trace header in Lambda's format, sampling off.
    static func makeTraceID() -> String {
        let seconds = String(UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970)), radix: 16)
        let root = (0..<24).map { _ in String(Int.random(in: 0..<16), radix: 16) }.joined()
        let parent = (0..<16).map { _ in String(Int.random(in: 0..<16), radix: 16) }.joined()
        return "Root=1-\(seconds)-\(root);Parent=\(parent);Sampled=0"
    }
}
