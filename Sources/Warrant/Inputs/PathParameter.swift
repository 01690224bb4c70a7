import OpenAPIKit

/// A `{name}` segment of a route's path, parsed as `Value`.
public struct PathParameter<Value: ParameterValue>: RouteInputDescriptor {
    let name: String
    let description: String?
    let constraints: [Constraint]

    /// A path parameter with the handler parameter's doc and constraints.
    public init(_ name: String, description: String?, constraints: [Constraint]) {
        self.name = name
        self.description = description
        self.constraints = constraints
    }

    /// The segment's value, or `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value? {
        guard let text = input.pathParameters[name[...]] else {
            ParameterText.missing(location: .path, name: name, issues: &issues)
            return nil
        }
        return ParameterText.decode(Value.self, text, constraints: constraints, location: .path, name: name, issues: &issues)
    }

    /// Adds a required `in: path` parameter.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = ParameterText.schema(Value.self, name: name, constraints: constraints, defaultValue: nil, components: &components)
        operation.parameters.append(.init(name: name, context: .path(schema: schema), description: description))
    }

    /// The declared constraints.
    public var declaredConstraints: [Constraint] { constraints }
}
