import NIOCore

/// What the runtime reports for one invocation.
enum InvocationOutcome: Sendable {
    /// A reply document for `invocation/{id}/response`.
    case response(ByteBuffer)
    /// A report for `invocation/{id}/error`: no HTTP response could be made at all.
    case error(RuntimeAPIErrorReport)
}
