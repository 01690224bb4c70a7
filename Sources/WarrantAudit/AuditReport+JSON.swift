import WarrantJSON

extension AuditReport {
    /// The report as JSON, every field: the sources, the summary, the exit code, counts per kind, each
    /// change (kind, code, operation, pointer, message, before, after, fingerprint, acknowledgement), the
    /// stale acknowledgements and the warnings.
    public var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("old"); writer.string(old)
        writer.key("new"); writer.string(new)
        writer.key("summary"); writer.string(summary)
        writer.key("exitCode"); writer.int(exitCode.rawValue)
        writer.key("counts")
        writer.beginObject()
        for kind in ChangeKind.allCases {
            let kindEntries = entries(of: kind)
            writer.key(kind.rawValue)
            writer.beginObject()
            writer.key("total"); writer.int(kindEntries.count)
            writer.key("acknowledged"); writer.int(kindEntries.filter { $0.acknowledgement != nil }.count)
            writer.endObject()
        }
        writer.endObject()
        writer.key("changes")
        writer.beginArray()
        for entry in entries { Self.write(entry, to: &writer) }
        writer.endArray()
        writer.key("staleAcknowledgements")
        writer.beginArray()
        for acknowledgement in staleAcknowledgements { Self.write(acknowledgement, to: &writer) }
        writer.endArray()
        writer.key("warnings")
        writer.beginArray()
        for warning in warnings { writer.string(warning) }
        writer.endArray()
        writer.endObject()
        return writer.text + "\n"
    }

    private static func write(_ entry: Entry, to writer: inout JSONWriter) {
        let change = entry.change
        writer.beginObject()
        writer.key("kind"); writer.string(change.kind.rawValue)
        writer.key("code"); writer.string(change.code.rawValue)
        writer.key("operation")
        if let operation = change.operation {
            writer.beginObject()
            writer.key("method"); writer.string(operation.method)
            writer.key("path"); writer.string(operation.path)
            writer.key("operationId"); optional(operation.operationID, to: &writer)
            writer.key("previousOperationId"); optional(operation.previousOperationID, to: &writer)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("pointer"); writer.string(change.pointer.description)
        writer.key("message"); writer.string(change.message)
        writer.key("before"); optional(change.before, to: &writer)
        writer.key("after"); optional(change.after, to: &writer)
        writer.key("fingerprint"); writer.string(change.fingerprint)
        writer.key("acknowledged")
        if let acknowledgement = entry.acknowledgement { write(acknowledgement, to: &writer) } else { writer.null() }
        writer.endObject()
    }

    private static func write(_ acknowledgement: Acknowledgement, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("fingerprint"); writer.string(acknowledgement.fingerprint)
        writer.key("change"); optional(acknowledgement.change, to: &writer)
        writer.key("reason"); writer.string(acknowledgement.reason)
        writer.key("reviewedBy"); writer.string(acknowledgement.reviewedBy)
        writer.endObject()
    }

    private static func optional(_ text: String?, to writer: inout JSONWriter) {
        if let text { writer.string(text) } else { writer.null() }
    }
}
