/// A resource's name in every form the generated code needs, from its singular (`invoice_item`) and plural.
///
/// | Form | `invoice_item` |
/// | --- | --- |
/// | ``typeName`` | `InvoiceItem` |
/// | ``pluralTypeName`` | `InvoiceItems` (the folder, `createInvoiceItems`) |
/// | ``singularIdentifier`` | `invoiceItem` |
/// | ``pluralIdentifier`` | `invoiceItems` (the dependency, the tag) |
/// | ``tableName`` | `invoice_items` |
/// | ``path`` | `/invoice-items` |
public struct ResourceName: Sendable, Equatable {
    /// The singular's words, lowercase: `invoice`, `item`.
    public let singularWords: [String]
    /// The plural's words, lowercase: `invoice`, `items`.
    public let pluralWords: [String]

    /// `InvoiceItem`.
    public var typeName: String { NameWords.upperCamel(singularWords) }
    /// `InvoiceItems`.
    public var pluralTypeName: String { NameWords.upperCamel(pluralWords) }
    /// `invoiceItem`.
    public var singularIdentifier: String { NameWords.lowerCamel(singularWords) }
    /// `invoiceItems`.
    public var pluralIdentifier: String { NameWords.lowerCamel(pluralWords) }
    /// `invoice_items`.
    public var tableName: String { pluralWords.joined(separator: "_") }
    /// `/invoice-items`.
    public var path: String { "/" + pluralWords.joined(separator: "-") }
    /// `invoice item`, for prose.
    public var singularPhrase: String { singularWords.joined(separator: " ") }
    /// `invoice items`, for prose.
    public var pluralPhrase: String { pluralWords.joined(separator: " ") }
    /// The OpenAPI tag of the routes: `invoiceItems`.
    public var tag: String { pluralIdentifier }

    /// Parses `name` (and `plural`, when given instead of the naive English one), or refuses with every
    /// problem: not lowercase words joined by `_` or `-`, a Swift keyword, or a name the generated code
    /// cannot use.
    public static func parse(_ name: String, plural: String? = nil) throws(ScaffoldRefusal) -> ResourceName {
        var problems: [String] = []
        let singular = words(of: name, role: "name", problems: &problems)
        var pluralWords: [String]?
        if let plural {
            pluralWords = words(of: plural, role: "plural", problems: &problems)
        } else if let singular, let last = singular.last {
            pluralWords = singular.dropLast() + [EnglishPlural.of(last)]
        }
        guard let singular, let pluralWords, problems.isEmpty else { throw ScaffoldRefusal(problems) }
        let resource = ResourceName(singularWords: singular, pluralWords: pluralWords)
        for typeName in Set([resource.typeName, resource.pluralTypeName]).sorted() {
            if SwiftKeywords.isReservedTypeName(typeName) || ReservedNames.types.contains(typeName) {
                problems.append("the name '\(name)' makes the type `\(typeName)`, which would hide Swift's or Foundation's `\(typeName)`")
            }
        }
        for identifier in Set([resource.singularIdentifier, resource.pluralIdentifier]).sorted()
        where ReservedNames.identifiers.contains(identifier) {
            problems.append("the name '\(name)' makes the identifier `\(identifier)`, which the generated code already uses for something else")
        }
        if PostgresKeywords.isReserved(resource.tableName) {
            problems.append("the table name '\(resource.tableName)' is a PostgreSQL reserved word: choose another name or --plural")
        }
        guard problems.isEmpty else { throw ScaffoldRefusal(problems) }
        return resource
    }

    /// A resource with these words, already checked.
    public init(singularWords: [String], pluralWords: [String]) {
        self.singularWords = singularWords
        self.pluralWords = pluralWords
    }

    /// The words of `text`, or `nil` after recording why it is not a usable name.
    private static func words(of text: String, role: String, problems: inout [String]) -> [String]? {
        guard let words = NameWords.lowercaseWords(text) else {
            problems.append("the \(role) '\(text)' is not lowercase words joined by '_' or '-', each starting with a letter (e.g. bookmark, invoice_item, invoice-item)")
            return nil
        }
        let identifier = NameWords.lowerCamel(words)
        if SwiftKeywords.isReserved(identifier) {
            problems.append("the \(role) '\(text)' is a Swift keyword")
            return nil
        }
        return words
    }
}
