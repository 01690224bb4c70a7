public import HTTPTypes
public import NIOCore

/// How a ``TestClient`` reaches the API: in-process (no socket) or over a real loopback connection.
public protocol TestTransport: Sendable {
    /// Sends one request and returns the complete response.
    func send(_ request: HTTPRequest, body: ByteBuffer?) async throws -> TestResponse
}
