/// The outcome of an audit: every change, the acknowledgement that covers it (if any), the
/// acknowledgements that cover nothing any more, and the exit code.
public struct AuditReport: Sendable {
    /// One change and its acknowledgement.
    public struct Entry: Sendable, Hashable {
        /// The change.
        public let change: SpecChange
        /// The acknowledgement that covers it, if a reviewer acknowledged it.
        public let acknowledgement: Acknowledgement?

        /// Whether the change still needs a reviewer: a security or breaking change nobody acknowledged.
        public var isGating: Bool { acknowledgement == nil && change.kind != .other }
    }

    /// Where the older document came from.
    public let old: String
    /// Where the newer document came from.
    public let new: String
    /// Every change, in ``SpecDiff`` order.
    public let entries: [Entry]
    /// Acknowledgements whose fingerprint matches no change: the change was reverted, merged, or changed
    /// again. They gate nothing; delete them.
    public let staleAcknowledgements: [Acknowledgement]
    /// Fingerprints the acknowledgement file lists more than once (the first entry is used).
    public let repeatedFingerprints: [String]

    /// A report.
    /// - Parameters:
    ///   - changes: The changes, from ``SpecDiff/changes(from:to:)``.
    ///   - acknowledgements: The reviewed acknowledgements.
    ///   - old: Where the older document came from.
    ///   - new: Where the newer document came from.
    public init(changes: [SpecChange], acknowledgements: [Acknowledgement] = [], old: String, new: String) {
        var byFingerprint: [String: Acknowledgement] = [:]
        var repeated: [String] = []
        for acknowledgement in acknowledgements {
            if byFingerprint[acknowledgement.fingerprint] == nil {
                byFingerprint[acknowledgement.fingerprint] = acknowledgement
            } else if !repeated.contains(acknowledgement.fingerprint) {
                repeated.append(acknowledgement.fingerprint)
            }
        }
        repeatedFingerprints = repeated
        entries = changes.map { Entry(change: $0, acknowledgement: byFingerprint[$0.fingerprint]) }
        let matched = Set(changes.map(\.fingerprint))
        var seen: Set<String> = []
        staleAcknowledgements = acknowledgements.filter { !matched.contains($0.fingerprint) && seen.insert($0.fingerprint).inserted }
        self.old = old
        self.new = new
    }

    /// The entries of one kind.
    public func entries(of kind: ChangeKind) -> [Entry] {
        entries.filter { $0.change.kind == kind }
    }

    /// 3 for any unacknowledged security change, else 2 for any unacknowledged breaking change, else 0.
    public var exitCode: AuditExitCode {
        let gating = entries.filter(\.isGating)
        if gating.contains(where: { $0.change.kind == .security }) { return .security }
        if gating.contains(where: { $0.change.kind == .breaking }) { return .breaking }
        return .clean
    }

    /// Warnings for the people maintaining the acknowledgement file, one sentence each.
    public var warnings: [String] {
        staleAcknowledgements.map { entry in
            "acknowledgement \(entry.fingerprint) matches no change any more\(entry.change.map { " (it acknowledged: \($0))" } ?? ""); delete it"
        } + repeatedFingerprints.map { "acknowledgement \($0) is listed more than once; keep one entry" }
    }

    /// What the exit code means, as a sentence.
    public var verdict: String {
        switch exitCode {
        case .security: "exit 3: unacknowledged security changes; a reviewer must acknowledge each one intended"
        case .breaking: "exit 2: unacknowledged breaking changes; a reviewer must acknowledge each one intended"
        case .clean, .inputError: "exit 0: no unacknowledged security or breaking change"
        }
    }

    /// "2 security (1 acknowledged), 1 breaking, 3 other": the one-line summary every format starts with.
    public var summary: String {
        guard !entries.isEmpty else { return "no changes" }
        return ChangeKind.allCases.map { kind in
            let all = entries(of: kind)
            let acknowledged = all.filter { $0.acknowledgement != nil }.count
            return "\(all.count) \(kind.rawValue)" + (acknowledged > 0 ? " (\(acknowledged) acknowledged)" : "")
        }.joined(separator: ", ")
    }

    /// The report in `format`.
    /// - Parameter format: Table, Markdown or JSON.
    public func rendered(as format: AuditOutputFormat) -> String {
        switch format {
        case .table: table
        case .markdown: markdown
        case .json: json
        }
    }
}
