/// The fields of a resource, from every `--field` option: parsed, checked together, `title:String` by default.
public enum FieldList {
    /// Every resource has these members already (`created_at` and `createdAt` are the same one).
    public static let reservedNames: Set<String> = ["id", "owner", "created_at"]

    /// The field when none is given.
    public static let defaultField = Field(words: ["title"], type: .string)

    /// The fields of `options` (`["title:String", "stars:Int"]`), or refuses with every problem: malformed
    /// fields, reserved names, and duplicates (`due_date` and `dueDate` are the same field).
    public static func parse(_ options: [String]) throws(ScaffoldRefusal) -> [Field] {
        guard !options.isEmpty else { return [defaultField] }
        var problems: [String] = []
        var fields: [Field] = []
        var seen: Set<String> = []
        var columns: Set<String> = []
        for option in options {
            let field: Field
            do {
                field = try Field.parse(option)
            } catch {
                problems += error.problems
                continue
            }
            if reservedNames.contains(field.columnName) {
                problems.append("the field '\(option)' is reserved: every resource has id, owner and created_at already")
            } else if !seen.insert(field.swiftName).inserted || !columns.insert(field.columnName).inserted {
                problems.append("the field '\(field.swiftName)' is given more than once")
            } else {
                fields.append(field)
            }
        }
        guard problems.isEmpty else { throw ScaffoldRefusal(problems) }
        return fields
    }
}
