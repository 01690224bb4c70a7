import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// Runs a Hummingbird responder inside AWS Lambda: the same responder that serves HTTP answers
/// API Gateway (REST and HTTP API), Lambda function URL and Application Load Balancer events.
///
/// ```swift
/// let runtime = LambdaRuntime(
///     runtimeAPI: environment["AWS_LAMBDA_RUNTIME_API"]!,
///     responder: router.buildResponder(),
///     stripStagePrefix: true,
///     basePath: nil,
///     logger: logger
/// )
/// try await runtime.run()
/// ```
///
/// The runtime handles exactly one invocation at a time, as Lambda requires: it asks
/// `invocation/next` for an event, rebuilds the HTTP request from it, calls the responder
/// in-process, and posts the reply to `invocation/{id}/response`. A responder that throws produces
/// a `500` `application/problem+json` reply; `invocation/{id}/error` is used only when no HTTP
/// reply can be made at all, such as for an event of no known shape.
public struct LambdaRuntime<Responder: HTTPResponder>: Sendable
where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    private let runtimeAPI: String
    private let handler: InvocationHandler<Responder>
    private let logger: Logger
    private let afterInvocation: @Sendable () -> Void

    /// Creates a runtime; nothing is connected or allocated until ``run()``, to keep cold starts short.
    /// - Parameters:
    ///   - runtimeAPI: The Runtime API's `host:port`, from the `AWS_LAMBDA_RUNTIME_API` environment variable.
    ///   - responder: The responder to call for every request, e.g. a `RouterResponder`.
    ///   - eventFormat: The event format to expect, or `nil` to detect it from each event.
    ///   - stripStagePrefix: Whether to remove a leading `/{stage}` from API Gateway paths (HTTP APIs
    ///     with a named stage put it in the path; REST API paths never start with it, and the
    ///     `$default` stage has none).
    ///   - basePath: A prefix to remove from every path, such as a custom domain's API mapping
    ///     (`"/api"`); `nil` or `"/"` for none. A path that does not start with it is left as is.
    ///   - logger: The logger for the runtime and, with the request id added, for each request.
    ///   - afterInvocation: Runs after each invocation, before its reply is posted — while the environment
    ///     is still running (Lambda may freeze it right after): flush metrics and spans here.
    public init(
        runtimeAPI: String,
        responder: Responder,
        eventFormat: LambdaEventFormat? = nil,
        stripStagePrefix: Bool,
        basePath: String?,
        logger: Logger,
        afterInvocation: @escaping @Sendable () -> Void = {}
    ) {
        self.runtimeAPI = runtimeAPI
        self.logger = logger
        self.afterInvocation = afterInvocation
        self.handler = InvocationHandler(
            responder: responder,
            eventFormat: eventFormat,
            options: LambdaEventOptions(stripStagePrefix: stripStagePrefix, basePath: basePath),
            logger: logger
        )
    }

    /// Handles invocations until a fatal error, or until the calling task is cancelled (then it
    /// returns normally; an invocation in progress is abandoned, as Lambda does at shutdown).
    ///
    /// - Throws: ``LambdaRuntimeError`` when the Runtime API address is invalid, the connection is
    ///   lost, or Lambda answers in a way that means the environment must be replaced.
    public func run() async throws {
        guard let endpoint = RuntimeAPIEndpoint(self.runtimeAPI) else {
            throw LambdaRuntimeError(.invalidRuntimeAPIAddress, "not a host:port pair: \(self.runtimeAPI)")
        }
        var session = RuntimeAPISession(endpoint: endpoint, group: MultiThreadedEventLoopGroup.singleton)
        do {
            while !Task.isCancelled {
                let next = try await session.client().next()
                let outcome = await self.handler.handle(event: next.event, invocation: next.invocation)
                self.afterInvocation()
                try await self.deliver(outcome, for: next.invocation.requestID, session: &session)
            }
        } catch where Task.isCancelled {
            self.logger.debug("Lambda runtime cancelled")
        } catch {
            await session.close()
            self.logger.error("Lambda runtime stopped", metadata: ["error": "\(error)"])
            throw error
        }
        await session.close()
    }

    /// Posts an outcome. Lambda answers 202 when it accepts it; a 4xx (for instance 413, a reply
    /// over the payload limit) is reported to `/error` so the invocation still ends; a 5xx means
    /// the environment is broken and stops the runtime.
    private func deliver(_ outcome: InvocationOutcome, for requestID: String, session: inout RuntimeAPISession) async throws {
        let client = try await session.client()
        let status: HTTPResponseStatus
        switch outcome {
        case .response(let reply):
            status = try await client.postResponse(requestID: requestID, body: reply)
            if (400..<500).contains(status.code) {
                self.logger.error("Lambda rejected the reply", metadata: ["lambda.request.id": "\(requestID)", "status": "\(status.code)"])
                let report = RuntimeAPIErrorReport(
                    errorMessage: "Lambda rejected the reply with status \(status.code)",
                    errorType: "Runtime.ReplyRejected"
                )
                try Self.checkFatal(try await client.postError(requestID: requestID, report: report), call: "invocation/error")
                return
            }
            try Self.checkFatal(status, call: "invocation/response")
        case .error(let report):
            status = try await client.postError(requestID: requestID, report: report)
            try Self.checkFatal(status, call: "invocation/error")
        }
    }

    private static func checkFatal(_ status: HTTPResponseStatus, call: String) throws {
        if status.code >= 500 {
            throw LambdaRuntimeError(.unexpectedStatus, "\(call) answered \(status.code)")
        }
    }

    /// Reports a failure to start (configuration, database, keys, ...) to `init/error`, so Lambda
    /// logs it and fails the invocation that triggered the cold start. The caller should then exit
    /// with a non-zero status. Failures to report are logged, never thrown.
    /// - Parameters:
    ///   - runtimeAPI: The Runtime API's `host:port`, from `AWS_LAMBDA_RUNTIME_API`.
    ///   - error: What went wrong; its description and type name are sent.
    ///   - logger: Where to log the report and any failure to deliver it.
    public static func reportInitError(runtimeAPI: String, error: some Error, logger: Logger) async {
        let report = RuntimeAPIErrorReport(errorMessage: String(describing: error), errorType: "Runtime.InitError")
        logger.error("Initialisation failed", metadata: ["error": "\(error)", "error.type": "\(type(of: error))"])
        guard let endpoint = RuntimeAPIEndpoint(runtimeAPI) else {
            logger.error("Cannot report the initialisation error: not a host:port pair", metadata: ["runtimeAPI": "\(runtimeAPI)"])
            return
        }
        var session = RuntimeAPISession(endpoint: endpoint, group: MultiThreadedEventLoopGroup.singleton)
        do {
            let status = try await session.client().postInitError(report: report)
            if status != .accepted {
                logger.error("Lambda did not accept the initialisation error", metadata: ["status": "\(status.code)"])
            }
        } catch {
            logger.error("Cannot report the initialisation error", metadata: ["error": "\(error)"])
        }
        await session.close()
    }
}
