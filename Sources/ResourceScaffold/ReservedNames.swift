/// Names a resource may not take because the generated code, or the code it sits next to, already uses them.
public enum ReservedNames {
    /// Types the generated and template code name without a module prefix: a resource type of the same name
    /// would hide Swift's, Foundation's or Warrant's and break the build (`date` would declare `Date`).
    public static let types: Set<String> = [
        "Array", "Bool", "Character", "Codable", "CodingKey", "Comparable", "Data", "Date", "Decimal", "Decodable",
        "Dictionary", "Double", "Duration", "Encodable", "Equatable", "Error", "Float", "Hashable", "Identifiable",
        "Int", "Int32", "Int64", "Never", "Optional", "Range", "Result", "Sendable", "Set", "String", "Substring",
        "Task", "TimeInterval", "Void", "Logger", "Mutex", "Regex", "Testing", "Test", "Suite", "Issue",
    ]

    /// Values the generated code declares next to the resource's singular name (its parameters and
    /// locals): a resource called `proof` would make `create(_ proof: NewProof, for proof: …)`.
    public static let identifiers: Set<String> = [
        "request", "proof", "store", "database", "patch", "id", "limit", "offset", "created", "rows", "index",
        "value", "app", "response", "owner", "dependencies",
    ]
}
