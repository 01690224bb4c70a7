/// A 202 Accepted result: the work is queued; the body describes it.
public struct Accepted<Body: SchemaValue>: ResponseRepresentable {
    /// A description of the accepted work, such as a job to poll.
    public var body: Body

    /// A 202 response with `body`.
    public init(_ body: Body) {
        self.body = body
    }

    /// 202 with the body's schema.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(status: .accepted, description: "Accepted", schema: Body.schema(in: &components))]
    }

    /// 202 with the body as JSON.
    public func makeResponse() -> RouteResponse {
        JSONResponse.make(status: .accepted, body)
    }

    /// Always: a 202.
    public var isSuccessful: Bool { true }
}
