extension RoleView {
    /// The view as Markdown: the role, then a "May call" and a "May not call" table.
    public var markdown: String {
        var lines = [
            "## Role `\(MarkdownCell.escaped(role.name))`",
            "",
            "\(MarkdownCell.escaped(role.summary)) Includes: \(MarkdownCell.codeList(role.includes)). Included by: \(MarkdownCell.codeList(role.includedBy)).",
        ]
        for (heading, rows) in [("May call", allowed), ("May not call", denied)] {
            lines += ["", "### \(heading) (\(rows.count))", ""]
            guard !rows.isEmpty else {
                lines.append("None.")
                continue
            }
            lines += ["| Method | Path | Operation | Access | Credentials |", "| --- | --- | --- | --- | --- |"]
            lines += rows.map { row in
                "| \(row.method) | `\(MarkdownCell.escaped(row.path))` | `\(MarkdownCell.escaped(row.operationID))` | \(MarkdownCell.escaped(row.access)) | "
                    + "\(row.credentials.isEmpty ? "—" : row.credentials.joined(separator: ", ")) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
