public import HTTPTypes

/// What a handler's declaration says about its operation: method, path template and documentation.
public struct Endpoint: Sendable {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path template, with `{name}` segments (the group's path prefix is added when it is registered).
    public var path: String
    /// The OpenAPI `operationId`: by default the group's name and the handler's (`todoCreate` for
    /// `TodoRoutes.create`), or the verb attribute's `operationID:`; a group's `operationIDPrefix` goes in front.
    public var operationID: String
    /// The first paragraph of the handler's doc comment.
    public var summary: String?
    /// The rest of the handler's doc comment.
    public var description: String?
    /// The route group's tags.
    public var tags: [String]
    /// The handler's deprecation (its own, or its group's).
    public var deprecation: Deprecation?
    /// The Swift type that declares the handler, for messages.
    public var declaredIn: String
    /// The handler's name, for messages (`TodoRoutes.create`).
    public var handlerName: String
    /// The handler's `- Returns:` doc, describing the success response.
    public var returns: String?
    /// How often the operation may be called (its own, or its group's).
    public var rateLimit: RateLimit?
    /// Whether the operation takes an `Idempotency-Key`, and how.
    public var idempotency: Idempotency?

    /// Whether the operation is deprecated.
    public var deprecated: Bool { deprecation != nil }

    /// An endpoint as `@Routes` reads it from a handler.
    public init(
        method: HTTPRequest.Method,
        path: String,
        operationID: String,
        summary: String?,
        description: String?,
        tags: [String],
        deprecation: Deprecation? = nil,
        declaredIn: String,
        handlerName: String? = nil,
        returns: String? = nil,
        rateLimit: RateLimit? = nil,
        idempotency: Idempotency? = nil
    ) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.description = description
        self.tags = tags
        self.deprecation = deprecation
        self.declaredIn = declaredIn
        self.handlerName = handlerName ?? operationID
        self.returns = returns
        self.rateLimit = rateLimit
        self.idempotency = idempotency
    }

    /// `TodoRoutes.create`: where the handler is declared.
    var declaration: String { "\(declaredIn).\(handlerName)" }
}
