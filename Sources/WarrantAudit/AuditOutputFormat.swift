/// How `api openapi diff` prints its report.
public enum AuditOutputFormat: String, Sendable, CaseIterable {
    /// A fixed-width table for a terminal.
    case table
    /// Markdown for a pull-request comment.
    case markdown
    /// JSON with every field, for tools.
    case json
}
