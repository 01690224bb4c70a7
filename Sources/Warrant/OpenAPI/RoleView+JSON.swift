import WarrantJSON

extension RoleView {
    /// The view as JSON: `role` (as in the report's `roles`) and `operations` (as in the report's, each
    /// with `mayCall`).
    public var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("role")
        role.write(to: &writer)
        writer.key("operations")
        writer.beginArray()
        for entry in entries {
            writer.beginObject()
            entry.row.writeMembers(to: &writer)
            writer.key("mayCall"); writer.bool(entry.mayCall)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text + "\n"
    }
}
