extension SecurityReport {
    /// The role graph as a table: ROLE, INCLUDES (directly), INCLUDED BY (every role admitted as it,
    /// directly or transitively), SUMMARY.
    public var roleTable: String {
        let header = ["ROLE", "INCLUDES", "INCLUDED BY", "SUMMARY"]
        return FixedWidthTable.render([header] + roles.map { role in
            [role.name, role.includes.joined(separator: ", "), role.includedBy.joined(separator: ", "), role.summary]
        })
    }
}

extension RoleGraph.Node {
    /// Every other role admitted where this one is required: those that include it, directly or through
    /// others; sorted.
    var includedBy: [String] { admittedBy.filter { $0 != name } }
}
