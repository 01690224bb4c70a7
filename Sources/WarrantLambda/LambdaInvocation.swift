/// The metadata the Lambda Runtime API sends with one invocation.
///
/// During a request, handlers read it from ``LambdaInvocation/current``; the request id is also in the
/// logger metadata (`lambda.request.id`) and, when the event carries none, in the `X-Request-Id` header.
public struct LambdaInvocation: Sendable, Hashable {
    /// The request id (`Lambda-Runtime-Aws-Request-Id`), which names the invocation in Lambda's logs.
    public var requestID: String
    /// When the function times out, in Unix epoch milliseconds (`Lambda-Runtime-Deadline-Ms`).
    public var deadlineMilliseconds: Int64
    /// The ARN of the function, version or alias that was invoked (`Lambda-Runtime-Invoked-Function-Arn`).
    public var invokedFunctionARN: String
    /// The AWS X-Ray tracing header (`Lambda-Runtime-Trace-Id`), if Lambda sent one.
    public var traceID: String?

    /// Creates invocation metadata, mainly for tests of code that reads ``LambdaInvocation/current``.
    /// - Parameters:
    ///   - requestID: The invocation's request id.
    ///   - deadlineMilliseconds: The deadline in Unix epoch milliseconds.
    ///   - invokedFunctionARN: The invoked function's ARN.
    ///   - traceID: The X-Ray tracing header, if any.
    public init(requestID: String, deadlineMilliseconds: Int64, invokedFunctionARN: String, traceID: String? = nil) {
        self.requestID = requestID
        self.deadlineMilliseconds = deadlineMilliseconds
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
    }

    /// The invocation being handled by the current task, or `nil` outside a Lambda invocation.
    @TaskLocal public static var current: LambdaInvocation?
}
