/// Who may call each operation, as a table: the audit view of the route table.
///
/// `api openapi --security-report` prints it; diff it across a change to see exactly which operations
/// gained or lost protection. The roles it lists are the gate's own: the required role and every role that
/// includes it, from the same checked ``RoleGraph``; the credentials are the kinds the gate's verifiers accept
/// that may grant one of those roles.
public struct SecurityReport: Sendable, CustomStringConvertible {
    /// One operation's access.
    public struct Row: Sendable, Equatable {
        /// The HTTP method.
        public let method: String
        /// The path template.
        public let path: String
        /// The operation id.
        public let operationID: String
        /// `public`, `any authenticated caller`, or the required role.
        public let access: String
        /// The token roles admitted (the required role and those that include it); empty unless a role is required.
        public let admittedRoles: [String]
        /// The kinds of credential that may call it (`paseto`, `oidc`, `api-key`); empty for a public operation.
        public let credentials: [String]
        /// What it requires: nothing, any credential, or a role — the fact `access` says in words.
        public let requirement: AccessRequirement
    }

    /// The rows, sorted by path then method.
    public let rows: [Row]
    /// Every role of the checked role graph, sorted by name: what each includes and who is admitted as it.
    public let roles: [RoleGraph.Node]

    init(routes: RouteTable, security: SecurityDocumentation) {
        let roles = security.roles
        self.roles = roles.nodes
        rows = routes.routes.map { route in
            var admitted: [String] = []
            let access: String
            switch route.requirement {
            case .none:
                access = "public"
            case .authenticated:
                access = "any authenticated caller"
            case .role(let name):
                admitted = roles.node(named: name)?.admittedBy ?? [name]
                access = "role: \(name)"
            }
            return Row(
                method: route.endpoint.method.rawValue, path: route.endpoint.path, operationID: route.endpoint.operationID,
                access: access, admittedRoles: admitted, credentials: security.admittingSchemes(for: route.requirement).map(\.label),
                requirement: route.requirement
            )
        }.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }

    /// A fixed-width table: METHOD, PATH, OPERATION, ACCESS, CREDENTIALS, ADMITTED.
    public var description: String {
        let header = ["METHOD", "PATH", "OPERATION", "ACCESS", "CREDENTIALS", "ADMITTED"]
        let all = [header] + rows.map {
            [$0.method, $0.path, $0.operationID, $0.access, $0.credentials.joined(separator: ", "), $0.admittedRoles.joined(separator: ", ")]
        }
        let widths = (0..<header.count - 1).map { column in all.map { $0[column].count }.max() ?? 0 }
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        return all.map { cells in
            let padded = cells.enumerated().map { index, cell in index < widths.count ? pad(cell, widths[index]) : cell }
            return padded.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text without trailing spaces (the last column of a row may be empty).
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
