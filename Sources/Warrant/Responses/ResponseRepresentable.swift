import WarrantJSON
import NIOCore
import HTTPTypes

/// A handler's result type: it knows the responses it documents and how to become one.
///
/// `@Schema` types and arrays answer 200 with JSON; ``Created``, ``Accepted`` and ``NoContent`` answer
/// 201, 202 and 204.
public protocol ResponseRepresentable: Sendable {
    /// The success responses this type produces, for the OpenAPI document.
    static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse]
    /// The response for this value.
    func makeResponse() -> RouteResponse
    /// Whether the response is a 2xx: a request's dependencies clean up as for a failure otherwise (a
    /// transaction rolls back). Warrant's own result types answer without building the response.
    var isSuccessful: Bool { get }
}

extension ResponseRepresentable {
    /// Whether ``makeResponse()`` answers a 2xx status.
    public var isSuccessful: Bool { makeResponse().status.kind == .successful }
}

extension ResponseRepresentable where Self: SchemaValue {
    /// 200 with this type's schema.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(status: .ok, description: "OK", schema: Self.schema(in: &components))]
    }

    /// 200 with the value as JSON.
    public func makeResponse() -> RouteResponse {
        JSONResponse.make(status: .ok, self)
    }

    /// Always: a 200.
    public var isSuccessful: Bool { true }
}

extension Array: ResponseRepresentable where Element: SchemaValue {}

// A handler may answer a bare string: 200 with a JSON string, as FastAPI does for `-> str`.
extension String: ResponseRepresentable {}

/// Encodes a JSON response body straight into a buffer.
enum JSONResponse {
    private static let jsonContentType = HTTPField(name: .contentType, value: "application/json")

    static func make<T: JSONEncodableValue>(status: HTTPResponse.Status, _ value: T, headers: HTTPFields = [:]) -> RouteResponse {
        var writer = JSONWriter()
        value.encode(to: &writer)
        var fields = headers
        fields.set(jsonContentType)
        return RouteResponse(status: status, headers: fields, body: writer.buffer)
    }
}

