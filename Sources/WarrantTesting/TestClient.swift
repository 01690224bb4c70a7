public import HTTPTypes
public import NIOCore
public import Testing
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
    /// Mints tokens for ``Caller/subject(_:roles:)`` callers.
    public let tokens: AccessTokenIssuer?
    /// Checks every response against the API's documentation; a mismatch is recorded as a test failure.
    public let contract: ContractChecker?

    /// A client calling `api` in-process (no socket, the production router and middleware).
    ///
    /// - Parameters:
    ///   - api: The API to call.
    ///   - tokens: Mints the tokens of callers given with `as:`.
    ///   - checkContract: Check every response against the API's OpenAPI document (on by default).
    public init(api: API, tokens: AccessTokenIssuer? = nil, checkContract: Bool = true) throws {
        self.init(
            transport: try InProcessTransport(api: api),
            tokens: tokens,
            contract: checkContract ? ContractChecker(specification: try api.specification()) : nil
        )
    }

    /// A client calling `api` served on a real loopback socket; the server stops with the client.
    public static func live(api: API, tokens: AccessTokenIssuer? = nil, checkContract: Bool = true) async throws -> TestClient {
        let server = try await LiveServer.start(api)
        return TestClient(
            transport: LiveTransport(server: server),
            tokens: tokens,
            contract: checkContract ? ContractChecker(specification: try api.specification()) : nil
        )
    }

    /// A client over any transport.
    public init(transport: any TestTransport, defaultHeaders: HTTPFields = [:], tokens: AccessTokenIssuer? = nil, contract: ContractChecker? = nil) {
        self.transport = transport
        self.defaultHeaders = defaultHeaders
        self.tokens = tokens
        self.contract = contract
    }

    /// Sends a request as `caller`, with an optional raw body.
    public func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        as caller: Caller = .anonymous,
        headers: HTTPFields = [:],
        body: ByteBuffer? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestResponse {
        var fields = defaultHeaders
        if let (name, value) = try credential(for: caller) { fields[name] = value }
        // The caller's fields replace defaults of the same name; repeated ones are all sent, as given.
        for name in Set(headers.map(\.name)) { fields[name] = nil }
        fields.append(contentsOf: headers)
        let request = HTTPRequest(method: method, scheme: "http", authority: "localhost", path: path, headerFields: fields)
        let response = try await transport.send(request, body: body)
        for drift in contract?.drift(method: method, path: path, response: response) ?? [] {
            Issue.record(Comment(rawValue: "contract drift: \(drift)"), sourceLocation: sourceLocation)
        }
        return response
    }

    /// `GET path` as `caller`.
    public func get(_ path: String, as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.get, path, as: caller, headers: headers, sourceLocation: sourceLocation)
    }

    /// `DELETE path` as `caller`.
    public func delete(_ path: String, as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.delete, path, as: caller, headers: headers, sourceLocation: sourceLocation)
    }

    /// `POST path` with a JSON body given as text.
    public func post(_ path: String, json: String, as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.post, path, as: caller, headers: jsonHeaders(headers), body: ByteBuffer(string: json), sourceLocation: sourceLocation)
    }

    /// `POST path` with a value encoded as the JSON body.
    public func post(_ path: String, body: some JSONEncodableValue, as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.post, path, as: caller, headers: jsonHeaders(headers), body: encode(body), sourceLocation: sourceLocation)
    }

    /// `POST path` with an HTML form body (`application/x-www-form-urlencoded`).
    public func post(_ path: String, form: [(String, String)], as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        var fields = headers
        fields[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\(FormEncoding.escape($0.0))=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        return try await send(.post, path, as: caller, headers: fields, body: ByteBuffer(string: body), sourceLocation: sourceLocation)
    }

    /// `POST path` with a `multipart/form-data` body: text fields and files, as a browser's form sends them.
    public func post(_ path: String, multipart parts: [FormPart], as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.post, path, multipart: parts, as: caller, headers: headers, sourceLocation: sourceLocation)
    }

    /// `PUT path` with a `multipart/form-data` body.
    public func put(_ path: String, multipart parts: [FormPart], as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.put, path, multipart: parts, as: caller, headers: headers, sourceLocation: sourceLocation)
    }

    /// Sends `parts` as a `multipart/form-data` body with a random boundary.
    private func send(_ method: HTTPRequest.Method, _ path: String, multipart parts: [FormPart], as caller: Caller, headers: HTTPFields, sourceLocation: SourceLocation) async throws -> TestResponse {
        let boundary = "warrant-test-" + String(UInt64.random(in: .min ... .max), radix: 16)
        var fields = headers
        fields[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await send(method, path, as: caller, headers: fields, body: FormPart.body(parts, boundary: boundary), sourceLocation: sourceLocation)
    }

    /// `PATCH path` with a JSON body given as text.
    public func patch(_ path: String, json: String, as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.patch, path, as: caller, headers: jsonHeaders(headers), body: ByteBuffer(string: json), sourceLocation: sourceLocation)
    }

    /// `PUT path` with a JSON body given as text.
    public func put(_ path: String, json: String, as caller: Caller = .anonymous, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestResponse {
        try await send(.put, path, as: caller, headers: jsonHeaders(headers), body: ByteBuffer(string: json), sourceLocation: sourceLocation)
    }

    /// The credential header for `caller`: `Authorization` for tokens, `X-API-Key` for keys.
    private func credential(for caller: Caller) throws -> (HTTPField.Name, String)? {
        switch caller {
        case .anonymous:
            return nil
        case .token(let token):
            return (.authorization, "Bearer \(token)")
        case .subject(let subject, let roles):
            guard let tokens else { throw TestClientError.noTokenIssuer }
            return (.authorization, "Bearer \(tokens.mint(subject: subject, roles: roles).value)")
        case .apiKey(let key):
            return (APIKeyVerifier.defaultHeader, key)
        }
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

/// A misuse of the test client.
public enum TestClientError: Error, CustomStringConvertible {
    /// A caller with roles was given, but the client has no key to mint their token.
    case noTokenIssuer

    /// What to fix.
    public var description: String {
        "the client has no token issuer: create it with TestClient(api:tokens:) to send requests as a caller"
    }
}

/// Form-encoding of one field for `application/x-www-form-urlencoded`.
enum FormEncoding {
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "*"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return out
    }
}

extension String {
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
