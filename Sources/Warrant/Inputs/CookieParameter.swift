import OpenAPIKit

/// A cookie of the request parsed as `Value`: required, or defaulted when absent.
public struct CookieParameter<Value: ParameterValue>: RouteInputDescriptor {
    let name: String
    let description: String?
    let defaultValue: Value?
    let constraints: [Constraint]

    /// A cookie parameter.
    public init(_ name: String, description: String?, default defaultValue: Value? = nil, constraints: [Constraint]) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.constraints = constraints
    }

    /// The cookie's value (the default when absent), or `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value? {
        guard let text = RequestCookies.value(named: name, in: input.headers) else {
            if let defaultValue { return defaultValue }
            ParameterText.missing(location: .cookie, name: name, issues: &issues)
            return nil
        }
        return ParameterText.decode(Value.self, text, constraints: constraints, location: .cookie, name: name, issues: &issues)
    }

    /// Adds an `in: cookie` parameter.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = ParameterText.schema(Value.self, name: name, constraints: constraints, defaultValue: defaultValue, components: &components)
        operation.parameters.append(.init(name: name, context: .cookie(required: defaultValue == nil, schema: schema), description: description))
    }

    /// The declared constraints.
    public var declaredConstraints: [Constraint] { constraints }
}

/// An optional cookie parsed as `Value`; absent gives `nil`.
public struct OptionalCookieParameter<Value: ParameterValue>: RouteInputDescriptor {
    let name: String
    let description: String?
    let constraints: [Constraint]

    /// An optional cookie parameter.
    public init(_ name: String, description: String?, constraints: [Constraint]) {
        self.name = name
        self.description = description
        self.constraints = constraints
    }

    /// `.some(nil)` when absent, `.some(value)` when valid, `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value?? {
        guard let text = RequestCookies.value(named: name, in: input.headers) else { return .some(nil) }
        guard let value = ParameterText.decode(Value.self, text, constraints: constraints, location: .cookie, name: name, issues: &issues) else {
            return nil
        }
        return .some(value)
    }

    /// Adds an optional `in: cookie` parameter.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = ParameterText.schema(Value.self, name: name, constraints: constraints, defaultValue: nil, components: &components)
        operation.parameters.append(.init(name: name, context: .cookie(required: false, schema: schema), description: description))
    }

    /// The declared constraints.
    public var declaredConstraints: [Constraint] { constraints }
}
