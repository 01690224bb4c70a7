public import HTTPTypes
public import NIOCore
public import Warrant
import WarrantJSON

/// Calls an API in tests the way FastAPI's `TestClient` does: one line per request.
///
/// ```swift
/// let client = try TestClient(api: api)
/// let response = try await client.get("/todos")
/// #expect(response.status == .ok)
/// ```
public struct TestClient: Sendable {
    /// How requests reach the API.
    public let transport: any TestTransport
    /// Headers sent with every request.
    public var defaultHeaders: HTTPFields

    /// A client calling `api` in-process.
    public init(api: API) throws {
        self.init(transport: try InProcessTransport(api: api))
    }

    /// A client over any transport.
    public init(transport: any TestTransport, defaultHeaders: HTTPFields = [:]) {
        self.transport = transport
        self.defaultHeaders = defaultHeaders
    }

    /// Sends a request with an optional raw body.
    public func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestResponse {
        var fields = defaultHeaders
        for field in headers { fields[field.name] = field.value }
        let request = HTTPRequest(method: method, scheme: "http", authority: "localhost", path: path, headerFields: fields)
        return try await transport.send(request, body: body)
    }

    /// `GET path`.
    public func get(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.get, path, headers: headers)
    }

    /// `DELETE path`.
    public func delete(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.delete, path, headers: headers)
    }

    /// `POST path` with a JSON body given as text.
    public func post(_ path: String, json: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.post, path, headers: jsonHeaders(headers), body: ByteBuffer(string: json))
    }

    /// `POST path` with a value encoded as the JSON body.
    public func post(_ path: String, body: some JSONEncodableValue, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.post, path, headers: jsonHeaders(headers), body: encode(body))
    }

    /// `PATCH path` with a JSON body given as text.
    public func patch(_ path: String, json: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.patch, path, headers: jsonHeaders(headers), body: ByteBuffer(string: json))
    }

    /// `PUT path` with a JSON body given as text.
    public func put(_ path: String, json: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.put, path, headers: jsonHeaders(headers), body: ByteBuffer(string: json))
    }

    private func jsonHeaders(_ headers: HTTPFields) -> HTTPFields {
        var fields = headers
        if fields[.contentType] == nil { fields[.contentType] = "application/json" }
        return fields
    }

    private func encode(_ value: some JSONEncodableValue) -> ByteBuffer {
        var writer = JSONWriter()
        value.encode(to: &writer)
        return writer.buffer
    }
}
