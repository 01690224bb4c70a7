/// What `api openapi diff` exits with, for a CI job to gate on.
public enum AuditExitCode: Int32, Sendable, CaseIterable {
    /// No unacknowledged security or breaking change.
    case clean = 0
    /// The audit could not run: a usage mistake, a source that cannot be read, a document that is not
    /// OpenAPI, an acknowledgement file that does not parse.
    case inputError = 1
    /// Unacknowledged breaking changes, and no unacknowledged security change.
    case breaking = 2
    /// Unacknowledged security changes (whatever else): they take precedence.
    case security = 3
}
