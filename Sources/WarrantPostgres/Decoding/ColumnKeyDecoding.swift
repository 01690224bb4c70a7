/// How `Decodable` property names are matched to result column names.
public enum ColumnKeyDecoding: Sendable, Hashable {
    /// A property matches the column with exactly its coding key's name.
    case useColumnNames
    /// Column names in `snake_case` are matched to `camelCase` keys
    /// (`created_at` → `createdAt`), the way `JSONDecoder`'s strategy of the same name does.
    case convertFromSnakeCase

    func key(forColumn name: String) -> String {
        switch self {
        case .useColumnNames:
            return name
        case .convertFromSnakeCase:
            return Self.camelCase(name)
        }
    }

    /// Capitalises each word after an underscore and drops the inner underscores,
    /// keeping leading and trailing ones.
    static func camelCase(_ name: String) -> String {
        guard name.contains("_") else { return name }
        let leading = name.prefix { $0 == "_" }
        let trailing = name.reversed().prefix { $0 == "_" }
        let core = name.dropFirst(leading.count).dropLast(trailing.count)
        let words = core.split(separator: "_", omittingEmptySubsequences: true)
        guard let first = words.first else { return name }
        let converted = [first.lowercased()] + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
        return String(leading) + converted.joined() + String(trailing)
    }
}
