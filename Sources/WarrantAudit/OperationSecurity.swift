import WarrantJSON

/// Who may call one operation, as its document says: its security requirement alternatives and the roles
/// the server admits (`x-admitted-roles`).
struct OperationSecurity: Sendable, Equatable {
    /// How much an operation asks of its caller, from least to most.
    enum Level: Int, Sendable, Comparable {
        /// Anyone: `security: []`, no requirement, or an empty alternative (`{}`).
        case anyone
        /// Any valid credential of a listed scheme; no role.
        case authenticated
        /// A credential that grants a role.
        case role

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The operation extension in which Warrant lists every role its role graph admits.
    static let admittedRolesExtension = "x-admitted-roles"

    /// Each alternative: scheme name → the roles (scopes) it requires. Any one alternative satisfies.
    let alternatives: [[String: [String]]]
    /// What the alternatives add up to.
    let level: Level
    /// Every role an alternative names.
    let requiredRoles: Set<String>
    /// Every role admitted: `x-admitted-roles` when the document has it, else the required roles (a role
    /// graph the document does not describe cannot be taken into account).
    let admittedRoles: Set<String>

    /// The security of `operation`: its own `security`, else the document's top-level `security`, else none.
    /// - Parameters:
    ///   - operation: The operation object.
    ///   - root: The document, for its top-level `security`.
    init(operation: JSONObject, root: JSONObject) {
        let requirement = operation["security"] ?? root["security"] ?? .array([])
        var alternatives: [[String: [String]]] = []
        for entry in requirement.arrayValue ?? [] {
            guard let object = entry.objectValue else { continue }
            var alternative: [String: [String]] = [:]
            for member in object.members {
                alternative[member.key] = (member.value.arrayValue ?? []).compactMap(\.stringValue)
            }
            alternatives.append(alternative)
        }
        self.alternatives = alternatives
        requiredRoles = Set(alternatives.flatMap { $0.values.flatMap { $0 } })
        if alternatives.isEmpty || alternatives.contains(where: \.isEmpty) {
            level = .anyone
        } else if alternatives.contains(where: { $0.values.allSatisfy(\.isEmpty) }) {
            level = .authenticated
        } else {
            level = .role
        }
        if let listed = operation[Self.admittedRolesExtension]?.arrayValue {
            admittedRoles = Set(listed.compactMap(\.stringValue))
        } else {
            admittedRoles = requiredRoles
        }
    }

    /// Each alternative's scheme names, with old scheme names renamed through `renames`.
    func schemeSets(renaming renames: [String: String] = [:]) -> [Set<String>] {
        alternatives.map { Set($0.keys.map { renames[$0] ?? $0 }) }
    }

    /// The roles that matter for comparison: those admitted, for an operation that requires a role.
    var comparableRoles: Set<String> { level == .role ? admittedRoles : [] }

    /// "public", "any authenticated caller", "role member [admits admin, member]".
    var summary: String {
        switch level {
        case .anyone:
            return "public"
        case .authenticated:
            return "any authenticated caller"
        case .role:
            let required = requiredRoles.sorted().joined(separator: " or ")
            return "role \(required) [admits \(RoleNames.list(admittedRoles))]"
        }
    }
}

/// Role and scheme names as sentences show them.
enum RoleNames {
    /// Sorted and comma-separated; "none" for an empty set.
    static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
    }
}
