/// One field of a resource, from `--field name:Type`: a Swift property, a column and a JSON member.
public struct Field: Sendable, Equatable {
    /// The name's words, lowercase: `due`, `date`.
    public let words: [String]
    /// The value type.
    public let type: FieldType

    /// The Swift property: `dueDate`.
    public var swiftName: String { NameWords.lowerCamel(words) }
    /// The column and the JSON key: `due_date`.
    public var columnName: String { words.joined(separator: "_") }
    /// `due date`, for prose and sample values.
    public var phrase: String { words.joined(separator: " ") }

    /// A field with these words and type, already checked.
    public init(words: [String], type: FieldType) {
        self.words = words
        self.type = type
    }

    /// Parses `name:Type`, where the name is lowercase snake case (`due_date`) or lower camel case (`dueDate`)
    /// and the type one of ``FieldType``'s; refuses with every problem found.
    public static func parse(_ text: String) throws(ScaffoldRefusal) -> Field {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw ScaffoldRefusal(["the field '\(text)' is not name:Type (e.g. title:String)"])
        }
        let (name, typeName) = (parts[0], parts[1])
        var problems: [String] = []
        let words = name.contains("_") ? NameWords.lowercaseWords(name, separators: ["_"], digitWords: true) : NameWords.camelWords(name)
        if words == nil {
            problems.append("the field name '\(name)' is not lowercase snake case (due_date) or lower camel case (dueDate)")
        }
        let type = FieldType(rawValue: typeName)
        if type == nil {
            problems.append("the field '\(text)' has the type '\(typeName)'; the types are \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let words, let type, problems.isEmpty else { throw ScaffoldRefusal(problems) }
        let field = Field(words: words, type: type)
        if SwiftKeywords.isReserved(field.swiftName) {
            problems.append("the field name '\(name)' is a Swift keyword")
        }
        if PostgresKeywords.isReserved(field.columnName) {
            problems.append("the field name '\(name)' makes the column '\(field.columnName)', a PostgreSQL reserved word")
        }
        guard problems.isEmpty else { throw ScaffoldRefusal(problems) }
        return field
    }
}
