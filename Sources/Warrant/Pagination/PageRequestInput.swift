import OpenAPIKit

/// The query items of a handler's ``PageRequest`` parameter: `cursor` and `limit`.
public struct PageRequestInput: RouteInputDescriptor {
    /// Rows per page: 1 to 100, 20 unless the request says.
    static let limits = QueryParameter<Int>("limit", description: "How many rows the page holds: 1 to 100.", default: 20, constraints: [.range(1...100)])

    /// The `cursor` and `limit` query items.
    public init() {}

    /// The page asked for, or `nil` after recording why the request is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> PageRequest? {
        let limit = Self.limits.extract(from: input, issues: &issues)
        var request = PageRequest(position: .first, limit: limit ?? 20, path: input.uri.path, key: input.cursorKey)
        if let cursor = input.uri.queryParameters["cursor"] {
            guard let position = request.position(of: cursor) else {
                var local = ValidationIssues()
                local.record("cursor", "is not a cursor this listing gave: start again from the first page")
                local.place(in: .query, name: "cursor")
                issues.append(contentsOf: local)
                return nil
            }
            request = PageRequest(position: position, limit: request.limit, path: request.path, key: request.key)
        }
        return limit == nil ? nil : request
    }

    /// The two query parameters.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        operation.parameters.append(OpenAPI.Parameter(
            name: "cursor",
            context: .query(required: false, schema: .string(maxLength: 128, pattern: "^[A-Za-z0-9_-]+$")),
            description: "The `next` or `prev` cursor of a page you read; without one, the first page."))
        Self.limits.document(in: &operation, components: &components)
    }
}

extension Inputs {
    /// An unmarked ``PageRequest`` parameter: the `cursor` and `limit` query items.
    public static func inferred(_ type: PageRequest.Type, _ name: String, description: String?, constraints: [Constraint]) -> PageRequestInput {
        PageRequestInput()
    }
}
