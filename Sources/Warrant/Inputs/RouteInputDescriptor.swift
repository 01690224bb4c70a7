public import OpenAPIKit

/// One input of a route (a path segment, a query item, a header or the body): how it is read and documented.
///
/// Descriptors are built once when routes are registered; each request only calls `extract`.
public protocol RouteInputDescriptor: Sendable {
    /// Adds this input to the operation's documentation.
    func document(in operation: inout OperationInputs, components: inout SchemaComponents)
    /// The constraints declared on the input, checked against its schema at start-up.
    var declaredConstraints: [Constraint] { get }
    /// Whether the input is the request body (the route then collects it, within the size limit).
    var readsBody: Bool { get }
    /// Whether the body may also come as an HTML form (`application/x-www-form-urlencoded`).
    var acceptsForm: Bool { get }
    /// How the body is sent: JSON (or a form), multipart, or raw bytes; `.none` for parameters.
    var bodyFormat: RequestBodyFormat { get }
}

extension RouteInputDescriptor {
    /// No constraints.
    public var declaredConstraints: [Constraint] { [] }
    /// Parameters do not read the body.
    public var readsBody: Bool { false }
    /// JSON only.
    public var acceptsForm: Bool { false }
    /// JSON (or JSON and forms) for inputs that read the body, else none.
    public var bodyFormat: RequestBodyFormat { readsBody ? (acceptsForm ? .jsonOrForm : .json) : .none }
}

/// The parameters and request body of an operation, as its inputs document them.
public struct OperationInputs: Sendable {
    /// Path, query and header parameters, in declaration order.
    public var parameters: [OpenAPI.Parameter] = []
    /// The JSON request body, if the route reads one.
    public var requestBody: OpenAPI.Request?
    /// Answers an input may cause besides the 422 every input can (`If-Match`: 412, `If-None-Match`: 304).
    public var responses: [DocumentedResponse] = []

    /// No inputs.
    public init() {}
}
