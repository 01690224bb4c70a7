/// A 204 No Content result: success with an empty body.
public struct NoContent: ResponseRepresentable {
    /// The empty result.
    public init() {}

    /// 204 without a body.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(status: .noContent, description: "No Content")]
    }

    /// 204 without a body.
    public func makeResponse() -> RouteResponse {
        RouteResponse(status: .noContent)
    }

    /// Always: a 204.
    public var isSuccessful: Bool { true }
}
