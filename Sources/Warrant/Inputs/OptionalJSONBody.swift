import OpenAPIKit

/// An optional JSON body: empty gives `nil`, anything else must decode as `Value`.
public struct OptionalJSONBody<Value: SchemaValue>: RouteInputDescriptor {
    let body: JSONBody<Value>

    /// An optional body descriptor.
    public init(description: String?) {
        body = JSONBody(description: description, required: false)
    }

    /// `.some(nil)` for an empty body, `.some(value)` when valid, `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value?? {
        body.extractOptional(from: input, issues: &issues)
    }

    /// Adds the optional `application/json` request body.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        body.document(in: &operation, components: &components)
    }

    /// The body is read.
    public var readsBody: Bool { true }
    /// JSON only.
    public var acceptsForm: Bool { body.acceptsForm }
}
