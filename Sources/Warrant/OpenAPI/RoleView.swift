/// One role's view of the API: every operation a holder of the role may call — those that admit the role,
/// those open to any authenticated caller, and public ones — and every operation it may not.
///
/// `api openapi --security-report --role auditor` prints it: the answer to "what can an auditor's token
/// do?", from the same checked role graph the gate admits callers by.
public struct RoleView: Sendable, CustomStringConvertible {
    /// One operation, and whether the role may call it.
    public struct Entry: Sendable, Equatable {
        /// The operation's row of the security report.
        public let row: SecurityReport.Row
        /// Whether a holder of the role may call it.
        public let mayCall: Bool
    }

    /// The role.
    public let role: RoleGraph.Node
    /// Every operation: those the role may call first, then the others, each by path then method.
    public let entries: [Entry]

    /// The view of `role` over `report`'s operations; `nil` when the report's role graph has no such role.
    /// - Parameters:
    ///   - report: The security report.
    ///   - role: The role's name.
    public init?(report: SecurityReport, role: String) {
        guard let node = report.roles.first(where: { $0.name == role }) else { return nil }
        self.role = node
        let entries = report.rows.map { row in
            let mayCall = switch row.requirement {
            case .none, .authenticated: true
            case .role: row.admittedRoles.contains(role)
            }
            return Entry(row: row, mayCall: mayCall)
        }
        self.entries = entries.filter(\.mayCall) + entries.filter { !$0.mayCall }
    }

    /// The operations the role may call.
    public var allowed: [SecurityReport.Row] { entries.filter(\.mayCall).map(\.row) }

    /// The operations the role may not call.
    public var denied: [SecurityReport.Row] { entries.filter { !$0.mayCall }.map(\.row) }

    /// The role's summary and inclusions, then a table: MAY (yes or no), METHOD, PATH, OPERATION, ACCESS,
    /// CREDENTIALS.
    public var description: String {
        let includes = role.includes.isEmpty ? "no other role" : role.includes.joined(separator: ", ")
        let includedBy = role.includedBy.isEmpty ? "no other role" : role.includedBy.joined(separator: ", ")
        var text = "role \(role.name): \(role.summary)\nincludes \(includes); included by \(includedBy)\n"
        text += "may call \(allowed.count) of \(entries.count) operations\n\n"
        let header = ["MAY", "METHOD", "PATH", "OPERATION", "ACCESS", "CREDENTIALS"]
        return text + FixedWidthTable.render([header] + entries.map { entry in
            [entry.mayCall ? "yes" : "no", entry.row.method, entry.row.path, entry.row.operationID, entry.row.access, entry.row.credentials.joined(separator: ", ")]
        })
    }

    /// The view in `format`.
    /// - Parameter format: Table, Markdown or JSON.
    public func rendered(as format: SecurityReportFormat) -> String {
        switch format {
        case .table: description
        case .markdown: markdown
        case .json: json
        }
    }
}
