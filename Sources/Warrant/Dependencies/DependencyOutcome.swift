/// How a request that used dependencies ended, for their cleanup: a transaction commits on success and
/// rolls back on failure.
public enum DependencyOutcome: Sendable {
    /// The handler returned.
    case success
    /// The handler (or a cleanup before this one) threw this error; the request answers it.
    case failure(any Error)

    /// Whether the request succeeded.
    public var succeeded: Bool {
        if case .success = self { return true }
        return false
    }
}
