import Hummingbird
import Logging
import NIOCore
import NIOEmbedded

/// Turns one event into one reply: adapt the event, run the responder in-process, encode the reply.
struct InvocationHandler<Responder: HTTPResponder>: Sendable
where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let responder: Responder
    let eventFormat: LambdaEventFormat?
    let options: LambdaEventOptions
    let logger: Logger
    /// The channel request contexts are built with. There is no socket per request in Lambda, so
    /// this is an inert testing channel, the same stand-in Hummingbird's own in-process test client
    /// uses; it is never written to, and the Runtime API connection is deliberately not exposed to
    /// handlers, which could otherwise close or write to it.
    let contextChannel: NIOAsyncTestingChannel
    let allocator = ByteBufferAllocator()

    init(responder: Responder, eventFormat: LambdaEventFormat?, options: LambdaEventOptions, logger: Logger) {
        self.responder = responder
        self.eventFormat = eventFormat
        self.options = options
        self.logger = logger
        self.contextChannel = NIOAsyncTestingChannel()
    }

    /// Handles one invocation; never throws, because every failure still has to be reported.
    func handle(event: ByteBuffer, invocation: LambdaInvocation) async -> InvocationOutcome {
        TraceEnvironment.publish(invocation.traceID)
        var logger = self.logger
        logger[metadataKey: "lambda.request.id"] = .string(invocation.requestID)
        logger[metadataKey: "hb.request.id"] = .string(invocation.requestID)

        let lambdaEvent: any LambdaHTTPEvent
        do {
            guard let format = self.eventFormat ?? LambdaEventFormat.detect(in: event) else {
                throw LambdaEventError.unrecognizedShape
            }
            lambdaEvent = try format.decodeEvent(event)
        } catch {
            return Self.report(error, logger: logger)
        }

        let response: LambdaHTTPResponse
        do {
            let request = try lambdaEvent.makeRequest(options: self.options, allocator: self.allocator)
            response = await self.respond(to: request, invocation: invocation, logger: logger)
        } catch LambdaEventError.invalidBase64Body {
            logger.warning("Event body is flagged base64 but is not valid base64; answering 400")
            response = ProblemResponse.badRequest(allocator: self.allocator)
        } catch {
            return Self.report(error, logger: logger)
        }

        do {
            var reply = try lambdaEvent.encodeReply(response)
            if reply.count > BufferedReplyLimits.payloadBytes {
                // The body fitted, but not once encoded (base64 grows it by a third): still over the quota.
                logger.warning("The reply is larger than Lambda's response payload quota; answering 500", metadata: ["reply.bytes": "\(reply.count)"])
                reply = try lambdaEvent.encodeReply(ProblemResponse.bufferedReplyRefused(.tooLarge, allocator: self.allocator))
            }
            return .response(self.allocator.buffer(bytes: reply))
        } catch {
            logger.error("Cannot encode the reply", metadata: ["error": "\(error)"])
            return .error(RuntimeAPIErrorReport(errorMessage: "cannot encode the reply: \(error)", errorType: "Runtime.ReplyEncodingFailed"))
        }
    }

    /// Runs the responder with the invocation in the task-local and the logger bound. A thrown
    /// error becomes a 500 problem response, as the HTTP server turns it into a 500.
    private func respond(to lambdaRequest: LambdaHTTPRequest, invocation: LambdaInvocation, logger: Logger) async -> LambdaHTTPResponse {
        let request = lambdaRequest.hummingbirdRequest(requestID: invocation.requestID, traceID: invocation.traceID)
        // Invocations run one at a time: the channel carries this one's client address as its peer.
        self.contextChannel.remoteAddress = lambdaRequest.sourceAddress.flatMap { try? SocketAddress(ipAddress: $0, port: 0) }
        let context = Responder.Context(source: ApplicationRequestContextSource(channel: self.contextChannel, logger: logger))
        let responder = self.responder
        let allocator = self.allocator
        return await LambdaInvocation.$current.withValue(invocation) {
            await withLogger(logger) { logger in
                do {
                    let response = try await responder.respond(to: request, context: context)
                    let limits = BufferedReplyLimits.forInvocation(remaining: invocation.remainingTime)
                    return try await LambdaHTTPResponse.collect(response, isHead: request.method == .head, allocator: allocator, limits: limits)
                } catch let refusal as BufferedReplyError {
                    logger.error("The response does not fit a buffered reply; answering 500", metadata: ["reason": "\(refusal)"])
                    return ProblemResponse.bufferedReplyRefused(refusal, allocator: allocator)
                } catch {
                    logger.error("Responder failed; answering 500", metadata: ["error.type": "\(type(of: error))"])
                    return ProblemResponse.internalServerError(allocator: allocator)
                }
            }
        }
    }

    private static func report(_ error: any Error, logger: Logger) -> InvocationOutcome {
        let eventError = error as? LambdaEventError
        logger.error("Cannot handle the event", metadata: ["error": "\(error)"])
        return .error(RuntimeAPIErrorReport(error: error, errorType: eventError?.errorType ?? "Runtime.InvalidEvent"))
    }
}
