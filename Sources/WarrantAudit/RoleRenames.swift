/// Roles renamed between two documents: an old role name that is gone, and a new one that appears where
/// it was — required by the same operations, admitted to the same operations. A rename keeps every
/// operation's access, but tokens and keys that carry the old name stop working, so it is reported.
struct RoleRenames: Sendable {
    /// Old name → new name.
    let map: [String: String]

    /// The renames evident from the operations both documents have.
    /// - Parameters:
    ///   - pairs: The matched operations, old and new.
    ///   - oldRoles: Every role name the older document uses (operations and OAuth2 scopes).
    ///   - newRoles: Every role name the newer document uses.
    init(pairs: [(old: SpecOperation, new: SpecOperation)], oldRoles: Set<String>, newRoles: Set<String>) {
        let removed = oldRoles.subtracting(newRoles)
        let added = newRoles.subtracting(oldRoles)
        /// The operations (by index) that admit and that require `role`.
        func footprint(_ role: String, _ side: (SpecOperation, SpecOperation) -> SpecOperation) -> (admitted: Set<Int>, required: Set<Int>) {
            var admitted: Set<Int> = []
            var required: Set<Int> = []
            for (index, pair) in pairs.enumerated() {
                let security = side(pair.old, pair.new).security
                if security.comparableRoles.contains(role) { admitted.insert(index) }
                if security.requiredRoles.contains(role) { required.insert(index) }
            }
            return (admitted, required)
        }
        let oldFootprints = Dictionary(uniqueKeysWithValues: removed.map { ($0, footprint($0) { old, _ in old }) })
        let newFootprints = Dictionary(uniqueKeysWithValues: added.map { ($0, footprint($0) { _, new in new }) })
        var map: [String: String] = [:]
        for (oldName, old) in oldFootprints where !old.admitted.isEmpty {
            let twins = newFootprints.filter { $0.value.admitted == old.admitted && $0.value.required == old.required }.map(\.key)
            guard twins.count == 1, let twin = twins.first else { continue }
            let rivals = oldFootprints.filter { $0.value.admitted == old.admitted && $0.value.required == old.required }
            guard rivals.count == 1 else { continue }
            map[oldName] = twin
        }
        self.map = map
    }

    /// `roles` with the old names replaced by the new.
    func apply(_ roles: Set<String>) -> Set<String> {
        Set(roles.map { map[$0] ?? $0 })
    }

    /// The renames that touch `roles`, as "admin → staff".
    func describe(touching roles: Set<String>) -> String {
        roles.sorted().compactMap { name in map[name].map { "`\(name)` → `\($0)`" } }.joined(separator: ", ")
    }

    /// Every role name a document uses: in requirements, in `x-admitted-roles`, and as OAuth2 scopes.
    static func names(in document: SpecDocument, operations: [SpecOperation]) -> Set<String> {
        var names: Set<String> = []
        for operation in operations {
            names.formUnion(operation.security.requiredRoles)
            names.formUnion(operation.security.admittedRoles)
        }
        for scheme in document.securitySchemes.members {
            for flow in scheme.value["flows"]?.objectValue?.members ?? [] {
                names.formUnion(flow.value["scopes"]?.objectValue?.keys ?? [])
            }
        }
        return names
    }
}
