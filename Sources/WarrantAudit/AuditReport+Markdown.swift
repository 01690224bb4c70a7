import Warrant

extension AuditReport {
    /// The report as a pull-request comment: a summary line, then a section and a table per kind (other
    /// changes folded away), the warnings, and how to acknowledge a change.
    public var markdown: String {
        var lines = [
            "### OpenAPI audit: \(summary)",
            "",
            "`\(Self.escaped(old))` → `\(Self.escaped(new))` · **\(verdict)**",
        ]
        for kind in ChangeKind.allCases {
            let kindEntries = entries(of: kind)
            lines += ["", kind == .other ? "<details><summary>\(kind.heading) (\(kindEntries.count))</summary>" : "#### \(kind.heading) (\(kindEntries.count))", ""]
            if kindEntries.isEmpty {
                lines.append("None.")
            } else {
                lines += ["| | Operation | Change | Code | Fingerprint |", "| --- | --- | --- | --- | --- |"]
                lines += kindEntries.map(Self.row)
            }
            if kind == .other { lines += ["", "</details>"] }
        }
        if !warnings.isEmpty {
            lines += ["", "#### Warnings", ""] + warnings.map { "- \(Self.escaped($0))" }
        }
        if entries.contains(where: \.isGating) {
            lines += [
                "",
                "To accept an intended change, add its fingerprint with a reason to `audit/acknowledged.json` in this pull request: "
                    + #"`{"fingerprint": "…", "change": "…", "reason": "…", "reviewedBy": "…"}`."#,
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One change's row: a marker (⚠️ gating, ✅ acknowledged, blank for other), the operation, the
    /// sentence (with the acknowledgement's reason), the code and the fingerprint.
    private static func row(_ entry: Entry) -> String {
        let marker = entry.acknowledgement != nil ? "✅" : entry.isGating ? "⚠️" : ""
        let operation = entry.change.operation.map { reference in
            "`\(escaped(reference.label))`" + (reference.operationID.map { " (`\(escaped($0))`)" } ?? "")
        } ?? "(document)"
        var change = escaped(entry.change.message)
        if let acknowledgement = entry.acknowledgement {
            change += "<br>acknowledged by \(escaped(acknowledgement.reviewedBy)): \(escaped(acknowledgement.reason))"
        }
        return "| \(marker) | \(operation) | \(change) | `\(entry.change.code.rawValue)` | `\(entry.change.fingerprint)` |"
    }

    /// Text safe inside a table cell (the security report's rules).
    static func escaped(_ text: String) -> String {
        MarkdownCell.escaped(text)
    }
}
