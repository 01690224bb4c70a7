public import HTTPTypes

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
    /// For a stream of JSON values (server-sent events, NDJSON): the schema of each value, documented as the
    /// media type's `x-item-schema` (OpenAPI 3.2 calls it `itemSchema`; the document is 3.1).
    public var itemSchema: JSONSchema?

    /// A documented response.
    public init(
        status: HTTPResponse.Status,
        description: String,
        schema: JSONSchema? = nil,
        contentType: String = "application/json",
        headers: [(name: String, description: String)] = [],
        itemSchema: JSONSchema? = nil
    ) {
        self.status = status
        self.description = description
        self.schema = schema
        self.contentType = contentType
        self.headers = headers
        self.itemSchema = itemSchema
    }
}

extension DocumentedResponse {
    /// An `application/problem+json` answer with the `Problem` schema (or `ValidationProblem`'s, for a 422
    /// listing its violations).
    static func problem(
        _ status: HTTPResponse.Status, _ description: String, headers: [(name: String, description: String)] = [],
        validation: Bool = false, in components: inout SchemaComponents
    ) -> DocumentedResponse {
        let schema = validation ? ProblemSchemas.validationProblem(in: &components) : ProblemSchemas.problem(in: &components)
        return DocumentedResponse(status: status, description: description, schema: schema, contentType: "application/problem+json", headers: headers)
    }
}

extension Array where Element == DocumentedResponse {
    /// Each response with one more documented header: what a wrapper such as ``WithETag`` adds to its body's.
    func addingHeader(_ name: String, _ description: String) -> [DocumentedResponse] {
        map { response in
            var response = response
            response.headers.append((name, description))
            return response
        }
    }
}
