/// What a role name may be: a distinct, case-insensitively unique OAuth2 scope token that reads well in a
/// comma-separated list (`api token mint --roles admin,member`).
enum RoleNameRules {
    /// One sentence per broken rule, naming the declaring types.
    static func problems(_ roles: [(name: String, typeName: String)]) -> [String] {
        var problems: [String] = []
        var byName: [String: [String]] = [:]
        var byFoldedName: [String: Set<String>] = [:]
        for role in roles {
            if !isValid(role.name) {
                problems.append("the role \(role.typeName) has the name '\(role.name)'; a role name starts with a letter and has only letters, digits, '_', '-', '.' or ':'")
            }
            byName[role.name, default: []].append(role.typeName)
            byFoldedName[role.name.lowercased(), default: []].insert(role.name)
        }
        for (name, types) in byName.sorted(by: { $0.key < $1.key }) where types.count > 1 {
            problems.append("the role name '\(name)' is declared by \(types.sorted().joined(separator: " and ")); one type per role name")
        }
        for (_, names) in byFoldedName.sorted(by: { $0.key < $1.key }) where names.count > 1 {
            let described = names.sorted().map { name in "'\(name)' (\(byName[name, default: []].sorted().joined(separator: ", ")))" }
            problems.append("the role names \(described.joined(separator: " and ")) differ only in case; rename one")
        }
        return problems
    }

    /// A letter, then letters, digits, `_`, `-`, `.` or `:`; at most 64 bytes.
    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 64, isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E || $0 == 0x3A }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
