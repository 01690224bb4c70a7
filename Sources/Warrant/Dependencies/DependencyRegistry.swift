/// The providers of an API's dependencies, by the value type each supplies.
final class DependencyRegistry: Sendable {
    private let providers: [ObjectIdentifier: any RequestDependency]
    /// Value type → the name of the type that provides it, for messages.
    let names: [ObjectIdentifier: String]

    init(_ providers: [any RequestDependency]) {
        var byValue: [ObjectIdentifier: any RequestDependency] = [:]
        var names: [ObjectIdentifier: String] = [:]
        for provider in providers {
            byValue[provider.valueKey] = provider
            names[provider.valueKey] = String(reflecting: type(of: provider))
        }
        self.providers = byValue
        self.names = names
    }

    /// The provider of values of the type `key` names.
    func provider(for key: ObjectIdentifier) -> (any RequestDependency)? {
        providers[key]
    }

    /// An empty registry, for APIs without dependencies.
    static let empty = DependencyRegistry([])

    /// The name of the value type `key` identifies, from the provider that supplies it.
    static func typeName(_ key: ObjectIdentifier, in providers: [any RequestDependency]) -> String {
        providers.first { $0.valueKey == key }.map { $0.valueTypeName } ?? "a value"
    }
}

extension RequestDependency {
    /// The identifier of the value type this provides.
    var valueKey: ObjectIdentifier { ObjectIdentifier(Value.self) }

    /// The name of the value type this provides.
    var valueTypeName: String { String(reflecting: Value.self) }

    /// The value, type-erased, for the scope's cache.
    func erasedValue<Access: AccessState>(for request: Request<Access>, in scope: DependencyScope) async throws -> any Sendable {
        try await value(for: request, in: scope)
    }
}
