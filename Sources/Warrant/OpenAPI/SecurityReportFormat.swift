/// How `api openapi --security-report` prints the report.
public enum SecurityReportFormat: String, Sendable, CaseIterable {
    /// Fixed-width tables for a terminal: the operations (``SecurityReport/description``), then the roles.
    case table
    /// Markdown, for a pull request or a wiki.
    case markdown
    /// JSON with every field, for tools.
    case json
}

extension SecurityReport {
    /// The report in `format`.
    /// - Parameter format: Table, Markdown or JSON.
    public func rendered(as format: SecurityReportFormat) -> String {
        switch format {
        case .table: description + (roles.isEmpty ? "" : "\n" + roleTable)
        case .markdown: markdown
        case .json: json
        }
    }
}
