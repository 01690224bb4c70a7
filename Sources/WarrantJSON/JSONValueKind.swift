/// The six JSON types, named as JSON Schema names them.
///
/// The raw value is the name to show in error messages such as
/// `expected string, found number`.
public enum JSONValueKind: String, Sendable, Hashable, CaseIterable {
    /// `null`.
    case null
    /// `true` or `false`.
    case boolean
    /// Any JSON number, integral or not.
    case number
    /// A JSON string.
    case string
    /// A JSON array.
    case array
    /// A JSON object.
    case object
}
