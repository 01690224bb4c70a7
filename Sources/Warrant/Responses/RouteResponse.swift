public import HTTPTypes
public import NIOCore

/// A response as a handler's result produces it: status, headers and an optional body.
public struct RouteResponse: Sendable {
    /// The status.
    public var status: HTTPResponse.Status
    /// Header fields; `Content-Type` among them when there is a body.
    public var headers: HTTPFields
    /// The body bytes.
    public var body: ByteBuffer?

    /// A response.
    public init(status: HTTPResponse.Status, headers: HTTPFields = [:], body: ByteBuffer? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// A response the OpenAPI document lists for an operation.
public struct DocumentedResponse: Sendable {
    /// The status.
    public var status: HTTPResponse.Status
    /// What the response means.
    public var description: String
    /// The JSON body's schema, if it has a body.
    public var schema: JSONSchema?
    /// The body's media type.
    public var contentType: String
    /// Response headers and their descriptions.
    public var headers: [(name: String, description: String)]

    /// A documented response.
    public init(
        status: HTTPResponse.Status,
        description: String,
        schema: JSONSchema? = nil,
        contentType: String = "application/json",
        headers: [(name: String, description: String)] = []
    ) {
        self.status = status
        self.description = description
        self.schema = schema
        self.contentType = contentType
        self.headers = headers
    }
}
