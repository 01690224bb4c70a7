import WarrantJSON

extension SecurityReport {
    /// The report as JSON: `operations` (method, path, operationId, access, requirement, role,
    /// credentials, admittedRoles) and `roles` (name, summary, type, includes, includedBy, admittedBy).
    public var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("operations")
        writer.beginArray()
        for row in rows {
            writer.beginObject()
            row.writeMembers(to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("roles")
        writer.beginArray()
        for role in roles { role.write(to: &writer) }
        writer.endArray()
        writer.endObject()
        return writer.text + "\n"
    }
}

extension SecurityReport.Row {
    /// The row's members, inside an object the caller opened.
    func writeMembers(to writer: inout JSONWriter) {
        writer.key("method"); writer.string(method)
        writer.key("path"); writer.string(path)
        writer.key("operationId"); writer.string(operationID)
        writer.key("access"); writer.string(access)
        writer.key("requirement")
        switch requirement {
        case .none: writer.string("public")
        case .authenticated: writer.string("authenticated")
        case .role: writer.string("role")
        }
        writer.key("role")
        if case .role(let name) = requirement { writer.string(name) } else { writer.null() }
        writer.key("credentials"); writer.reportStrings(credentials)
        writer.key("admittedRoles"); writer.reportStrings(admittedRoles)
    }
}

extension RoleGraph.Node {
    /// The role as a JSON object.
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("name"); writer.string(name)
        writer.key("summary"); writer.string(summary)
        writer.key("type"); writer.string(typeName)
        writer.key("includes"); writer.reportStrings(includes)
        writer.key("includedBy"); writer.reportStrings(includedBy)
        writer.key("admittedBy"); writer.reportStrings(admittedBy)
        writer.endObject()
    }
}

extension JSONWriter {
    /// Writes an array of strings (a report's lists of names).
    mutating func reportStrings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }
}
