extension SecurityReport {
    /// The report as Markdown: an operations table (method, path, operation, access, credentials, admitted
    /// roles) and a roles table (includes, included by, summary).
    public var markdown: String {
        var lines = [
            "## Operations",
            "",
            "| Method | Path | Operation | Access | Credentials | Admitted |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        lines += rows.map { row in
            "| \(row.method) | `\(MarkdownCell.escaped(row.path))` | `\(MarkdownCell.escaped(row.operationID))` | \(MarkdownCell.escaped(row.access)) | "
                + "\(row.credentials.isEmpty ? "—" : row.credentials.joined(separator: ", ")) | \(MarkdownCell.codeList(row.admittedRoles)) |"
        }
        lines += ["", "## Roles", ""]
        if roles.isEmpty {
            lines.append("No roles are declared.")
        } else {
            lines += ["| Role | Includes | Included by | Summary |", "| --- | --- | --- | --- |"]
            lines += roles.map { role in
                "| `\(MarkdownCell.escaped(role.name))` | \(MarkdownCell.codeList(role.includes)) | \(MarkdownCell.codeList(role.includedBy)) | \(MarkdownCell.escaped(role.summary)) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
