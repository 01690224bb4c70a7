/// Why ``LambdaRuntime/run()`` stopped: every case is fatal for the execution environment,
/// which Lambda then replaces.
public struct LambdaRuntimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of fatal runtime failure.
    public enum Code: Sendable, Hashable {
        /// `AWS_LAMBDA_RUNTIME_API` is not a `host:port` pair.
        case invalidRuntimeAPIAddress
        /// The connection to the Runtime API closed or failed.
        case connectionLost
        /// The Runtime API answered with a status the runtime cannot recover from.
        case unexpectedStatus
        /// `invocation/next` answered without a `Lambda-Runtime-Aws-Request-Id` header.
        case missingRequestID
    }

    /// The kind of failure.
    public var code: Code
    /// A human-readable explanation for logs.
    public var message: String

    /// Creates an error of the given kind.
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: A human-readable explanation.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The explanation, prefixed with the kind of failure.
    public var description: String { "LambdaRuntimeError(\(self.code)): \(self.message)" }
}
