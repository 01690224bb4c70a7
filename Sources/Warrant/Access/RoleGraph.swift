/// Which roles include which, learned from the role types the routes and the application declare.
///
/// A token's role grants itself and every role it includes, transitively.
struct RoleGraph: Sendable {
    /// Each role's name → the names it grants (itself included).
    private var grants: [String: Set<String>] = [:]

    /// A graph from role chains (`["admin", "member"]`: admin includes member).
    init(chains: [[String]]) {
        for chain in chains {
            for (index, name) in chain.enumerated() {
                grants[name, default: [name]].formUnion(chain[index...])
            }
        }
        // Close transitively: a chain learned from one route may extend one learned from another.
        var changed = true
        while changed {
            changed = false
            for (name, granted) in grants {
                let closure = granted.reduce(into: granted) { result, other in result.formUnion(grants[other] ?? []) }
                if closure != granted {
                    grants[name] = closure
                    changed = true
                }
            }
        }
    }

    /// Whether a caller holding `roles` may act as `required`.
    func grants(_ roles: [String], _ required: String) -> Bool {
        roles.contains { $0 == required || grants[$0]?.contains(required) == true }
    }

    /// Every role the graph knows, sorted.
    var names: [String] { grants.keys.sorted() }
}
