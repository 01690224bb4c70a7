/// Who may call each operation, as a table: the audit view of the route table.
///
/// `api openapi --security-report` prints it; diff it across a change to see exactly which operations
/// gained or lost protection.
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
    }

    /// The rows, sorted by path then method.
    public let rows: [Row]

    init(routes: RouteTable) {
        rows = routes.routes.map { route in
            let access = switch route.requirement {
            case .none: "public"
            case .authenticated: "any authenticated caller"
            case .role(let name): "role: \(name)"
            }
            return Row(method: route.endpoint.method.rawValue, path: route.endpoint.path, operationID: route.endpoint.operationID, access: access)
        }.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }

    /// A fixed-width table: METHOD, PATH, OPERATION, ACCESS.
    public var description: String {
        let header = Row(method: "METHOD", path: "PATH", operationID: "OPERATION", access: "ACCESS")
        let all = [header] + rows
        let widths = (
            all.map(\.method.count).max() ?? 0,
            all.map(\.path.count).max() ?? 0,
            all.map(\.operationID.count).max() ?? 0
        )
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        return all.map { row in
            [pad(row.method, widths.0), pad(row.path, widths.1), pad(row.operationID, widths.2), row.access].joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
