#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes the invocation's X-Ray trace header as `_X_AMZN_TRACE_ID`, where AWS SDKs and the
/// X-Ray SDK look for it. Lambda documents this for custom runtimes; it is process-wide, which is
/// sound because the runtime handles exactly one invocation at a time.
enum TraceEnvironment {
    /// The variable AWS tooling reads.
    static let variableName = "_X_AMZN_TRACE_ID"

    /// Sets the variable, or removes it when the invocation has no trace header.
    static func publish(_ traceID: String?) {
        if let traceID, !traceID.isEmpty {
            setenv(Self.variableName, traceID, 1)
        } else {
            unsetenv(Self.variableName)
        }
    }
}
