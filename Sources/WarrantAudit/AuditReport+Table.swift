import Warrant

extension AuditReport {
    /// The report for a terminal: the summary, one row per change (KIND, CODE, OPERATION, OPERATION ID,
    /// FINGERPRINT, ACK, CHANGE), who acknowledged what, the warnings, and what the exit code means.
    public var table: String {
        var text = "\(old) → \(new): \(summary)\n"
        if !entries.isEmpty {
            let header = ["KIND", "CODE", "OPERATION", "OPERATION ID", "FINGERPRINT", "ACK", "CHANGE"]
            let rows = entries.map { entry in
                [
                    entry.change.kind.rawValue, entry.change.code.rawValue, entry.change.operation?.label ?? "(document)",
                    entry.change.operation?.operationID ?? "", entry.change.fingerprint, entry.acknowledgement == nil ? "" : "yes",
                    entry.change.message,
                ]
            }
            text += "\n" + FixedWidthTable.render([header] + rows)
        }
        let acknowledged = entries.compactMap { entry in entry.acknowledgement.map { (entry.change, $0) } }
        if !acknowledged.isEmpty {
            text += "\nacknowledged:\n"
            for (change, acknowledgement) in acknowledged {
                text += "  \(change.fingerprint)  \(acknowledgement.reason) (\(acknowledgement.reviewedBy))\n"
            }
        }
        for warning in warnings { text += "\nwarning: \(warning)" }
        if !warnings.isEmpty { text += "\n" }
        return text + "\n\(verdict)\n"
    }
}
