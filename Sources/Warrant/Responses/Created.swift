import HTTPTypes

/// A 201 Created result: the new resource, and where it lives.
public struct Created<Body: SchemaValue>: ResponseRepresentable {
    /// The created resource.
    public var body: Body
    /// The resource's URL, sent as `Location`.
    public var location: String?

    /// A 201 response with `body` and an optional `Location`.
    public init(_ body: Body, location: String? = nil) {
        self.body = body
        self.location = location
    }

    /// 201 with the body's schema and a `Location` header.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(
            status: .created,
            description: "Created",
            schema: Body.schema(in: &components),
            headers: [("Location", "The URL of the created resource.")]
        )]
    }

    /// 201 with the body as JSON.
    public func makeResponse() -> RouteResponse {
        var headers = HTTPFields()
        if let location { headers[.location] = location }
        return JSONResponse.make(status: .created, body, headers: headers)
    }

    /// Always: a 201.
    public var isSuccessful: Bool { true }
}
