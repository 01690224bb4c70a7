/// Why a ``ReadinessCheck`` is not ready, in words `/health/ready` may show: throw one from a check to have
/// its message in the 503 answer (any other error is reported only by the check's name).
///
/// Write nothing secret in it: the health endpoints answer without authentication.
public struct ReadinessFailure: Error, Sendable, CustomStringConvertible {
    /// What is not ready and what to do about it.
    public let message: String

    /// A failure with a message for the 503 answer.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
