/// The value type a handler depends on, as its route records it.
public struct DependencyKey: Sendable, Hashable {
    let id: ObjectIdentifier
    /// The type's name, for messages.
    let name: String

    /// The key of `type`.
    public init<Value>(_ type: Value.Type) {
        id = ObjectIdentifier(type)
        name = String(reflecting: type)
    }

    /// Keys are equal when their types are.
    public static func == (lhs: DependencyKey, rhs: DependencyKey) -> Bool { lhs.id == rhs.id }

    /// Hashes the type.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
