/// Fragments of Swift the templates share: property declarations, coding keys, argument lists.
enum SwiftSnippets {
    /// A field's documented property, `@Length(1...200)` on strings; optional for patches.
    static func property(_ field: Field, doc: String, optional: Bool = false, indent: String = "    ") -> String {
        var lines = ["\(indent)/// \(doc)"]
        if field.type == .string { lines.append("\(indent)@Length(1...200)") }
        lines.append("\(indent)var \(field.swiftName): \(field.type.swiftType)\(optional ? "?" : "")")
        return lines.joined(separator: "\n")
    }

    /// `enum CodingKeys` mapping each Swift name to its snake case key (`dueDate = "due_date"`), or `nil`
    /// when every key is its name already and the synthesized keys do.
    static func codingKeys(_ names: [(swift: String, key: String)], always: Bool = false) -> String? {
        let plain = names.filter { $0.swift == $0.key }.map(\.swift)
        let mapped = names.filter { $0.swift != $0.key }
        guard always || !mapped.isEmpty else { return nil }
        var lines = ["    /// The JSON keys and column names: snake case.", "    enum CodingKeys: String, CodingKey {"]
        if !plain.isEmpty { lines.append("        case \(plain.joined(separator: ", "))") }
        for name in mapped { lines.append("        case \(name.swift) = \"\(name.key)\"") }
        lines.append("    }")
        return lines.joined(separator: "\n")
    }

    /// The keys of a stored row: `id`, the fields, `created_at`.
    static func rowKeys(_ fields: [Field]) -> [(swift: String, key: String)] {
        [("id", "id")] + fields.map { ($0.swiftName, $0.columnName) } + [("createdAt", "created_at")]
    }

    /// The columns a row is read from: `id, title, done, created_at`.
    static func selectList(_ fields: [Field]) -> String {
        (["id"] + fields.map(\.columnName) + ["created_at"]).joined(separator: ", ")
    }

    /// The memberwise arguments of the resource's type: `id: <id>, title: <source>.title, …, createdAt: <date>`.
    static func modelArguments(_ fields: [Field], id: String, source: String, createdAt: String) -> String {
        (["id: \(id)"] + fields.map { "\($0.swiftName): \(source).\($0.swiftName)" } + ["createdAt: \(createdAt)"])
            .joined(separator: ", ")
    }

    /// `a bookmark`, `an invoice item`: naive, like the plurals.
    static func withArticle(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        return ("aeiou".contains(first) ? "an " : "a ") + phrase
    }
}

extension String {
    /// The text with its first letter in upper case: `invoice item` → `Invoice item`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
