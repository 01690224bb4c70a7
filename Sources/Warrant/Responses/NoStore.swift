import HTTPTypes

/// A 200 answer no cache may keep: an access token, a new key, anything secret (RFC 6749 §5.1 asks it of
/// token responses). It carries `Cache-Control: no-store` and `Pragma: no-cache`, and documents both.
public struct NoStore<Body: SchemaValue>: ResponseRepresentable {
    /// The secret-bearing body.
    public var body: Body

    /// A 200 response with `body`, never to be cached.
    public init(_ body: Body) {
        self.body = body
    }

    /// 200 with the body's schema and the two headers.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(
            status: .ok,
            description: "OK",
            schema: Body.schema(in: &components),
            headers: [("Cache-Control", "`no-store`: the answer holds a secret."), ("Pragma", "`no-cache`, for HTTP/1.0 caches.")]
        )]
    }

    /// 200 with the body as JSON and the headers.
    public func makeResponse() -> RouteResponse {
        JSONResponse.make(status: .ok, body, headers: NoStoreHeaders.fields)
    }

    /// Always: a 200.
    public var isSuccessful: Bool { true }
}

/// The headers of a ``NoStore`` answer, built once.
enum NoStoreHeaders {
    static let fields: HTTPFields = [.cacheControl: "no-store", HTTPField.Name("Pragma")!: "no-cache"]
}
