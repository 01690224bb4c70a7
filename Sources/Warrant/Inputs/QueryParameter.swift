import OpenAPIKit

/// A query item parsed as `Value`: required, or defaulted when absent.
public struct QueryParameter<Value: ParameterValue>: RouteInputDescriptor {
    let name: String
    let description: String?
    let defaultValue: Value?
    let constraints: [Constraint]

    /// A query parameter; with a default it is optional in the document.
    public init(_ name: String, description: String?, default defaultValue: Value? = nil, constraints: [Constraint]) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.constraints = constraints
    }

    /// The item's value (the default when absent), or `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value? {
        guard let text = input.uri.queryParameters[name[...]] else {
            if let defaultValue { return defaultValue }
            ParameterText.missing(location: .query, name: name, issues: &issues)
            return nil
        }
        return ParameterText.decode(Value.self, text, constraints: constraints, location: .query, name: name, issues: &issues)
    }

    /// Adds an `in: query` parameter.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = ParameterText.schema(Value.self, name: name, constraints: constraints, defaultValue: defaultValue, components: &components)
        operation.parameters.append(.init(
            name: name,
            context: .query(required: defaultValue == nil, schema: schema),
            description: description
        ))
    }

    /// The declared constraints.
    public var declaredConstraints: [Constraint] { constraints }
}

/// An optional query item parsed as `Value`; absent gives `nil`.
public struct OptionalQueryParameter<Value: ParameterValue>: RouteInputDescriptor {
    let name: String
    let description: String?
    let constraints: [Constraint]

    /// An optional query parameter.
    public init(_ name: String, description: String?, constraints: [Constraint]) {
        self.name = name
        self.description = description
        self.constraints = constraints
    }

    /// `.some(nil)` when absent, `.some(value)` when valid, `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value?? {
        guard let text = input.uri.queryParameters[name[...]] else { return .some(nil) }
        guard let value = ParameterText.decode(Value.self, text, constraints: constraints, location: .query, name: name, issues: &issues) else {
            return nil
        }
        return .some(value)
    }

    /// Adds an optional `in: query` parameter.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = ParameterText.schema(Value.self, name: name, constraints: constraints, defaultValue: nil, components: &components)
        operation.parameters.append(.init(name: name, context: .query(required: false, schema: schema), description: description))
    }

    /// The declared constraints.
    public var declaredConstraints: [Constraint] { constraints }
}

/// A repeated query item (`?tag=a&tag=b`) parsed as `[Element]`; absent gives the default (empty unless given).
public struct QueryListParameter<Element: ParameterValue>: RouteInputDescriptor {
    let name: String
    let description: String?
    let defaultValue: [Element]
    let constraints: [Constraint]

    /// A repeated query parameter.
    public init(_ name: String, description: String?, default defaultValue: [Element] = [], constraints: [Constraint]) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.constraints = constraints
    }

    /// Every occurrence's value, or `nil` after recording why one is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> [Element]? {
        let texts = input.uri.queryParameters.getAll(name)
        if texts.isEmpty { return defaultValue }
        var values: [Element] = []
        var valid = true
        for text in texts {
            if let value = ParameterText.decode(Element.self, text[...], constraints: [], location: .query, name: name, issues: &issues) {
                values.append(value)
            } else {
                valid = false
            }
        }
        var local = ValidationIssues()
        for constraint in constraints { values.check(constraint, issues: &local) }
        if !local.isEmpty {
            local.place(in: .query, name: name)
            issues.append(contentsOf: local)
            return nil
        }
        return valid ? values : nil
    }

    /// Adds an optional, exploded `in: query` array parameter.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        var schema = JSONSchema.array(items: Element.schema(in: &components))
        for constraint in constraints { schema = constraint.applied(to: schema) }
        operation.parameters.append(.init(name: name, context: .query(required: false, schema: schema), description: description))
    }

    /// The declared constraints.
    public var declaredConstraints: [Constraint] { constraints }
}
