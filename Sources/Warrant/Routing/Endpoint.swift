public import HTTPTypes

/// What a handler's declaration says about its operation: method, path template and documentation.
public struct Endpoint: Sendable {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path template, with `{name}` segments.
    public var path: String
    /// The OpenAPI `operationId`: the handler's name.
    public var operationID: String
    /// The first paragraph of the handler's doc comment.
    public var summary: String?
    /// The rest of the handler's doc comment.
    public var description: String?
    /// The route group's tags.
    public var tags: [String]
    /// Whether `@available(*, deprecated)` marks the handler.
    public var deprecated: Bool
    /// The Swift type that declares the handler, for messages.
    public var declaredIn: String
    /// The handler's `- Returns:` doc, describing the success response.
    public var returns: String?

    /// An endpoint as `@Routes` reads it from a handler.
    public init(
        method: HTTPRequest.Method,
        path: String,
        operationID: String,
        summary: String?,
        description: String?,
        tags: [String],
        deprecated: Bool,
        declaredIn: String,
        returns: String? = nil
    ) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.description = description
        self.tags = tags
        self.deprecated = deprecated
        self.declaredIn = declaredIn
        self.returns = returns
    }
}
