public import HTTPTypes

/// How a request that used dependencies ended, for their cleanup: a transaction commits on success and
/// rolls back on failure.
public enum DependencyOutcome: Sendable {
    /// The handler returned.
    case success
    /// The handler (or a cleanup before this one) threw this error, or its result answers a non-2xx status
    /// (``UnsuccessfulResponse``).
    case failure(any Error)

    /// Whether the request succeeded.
    public var succeeded: Bool {
        if case .success = self { return true }
        return false
    }
}

/// The failure a handler's cleanups see when it returned a result that answers a non-2xx status.
public struct UnsuccessfulResponse: Error, Sendable {
    /// The status the result answers.
    public let status: HTTPResponse.Status
}
