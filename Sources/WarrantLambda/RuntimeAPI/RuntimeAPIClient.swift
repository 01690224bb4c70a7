import NIOCore
import NIOHTTP1

/// The four Runtime API calls a custom runtime makes, over one ``RuntimeAPIConnection``.
struct RuntimeAPIClient: Sendable {
    /// The API version prefix every path starts with.
    static let basePath = "/2018-06-01/runtime"

    /// The connection the calls go over.
    let connection: RuntimeAPIConnection

    /// An event handed out by `invocation/next`.
    struct NextInvocation: Sendable {
        /// The invocation's metadata from the response headers.
        var invocation: LambdaInvocation
        /// The raw event JSON.
        var event: ByteBuffer
    }

    /// `GET /invocation/next`: waits for the next event.
    func next() async throws -> NextInvocation {
        let response = try await self.connection.execute(
            RuntimeAPIRequest(method: .GET, path: "\(Self.basePath)/invocation/next")
        )
        guard response.head.status == .ok else {
            throw LambdaRuntimeError(.unexpectedStatus, "invocation/next answered \(response.head.status.code)")
        }
        let headers = response.head.headers
        guard let requestID = headers.first(name: "Lambda-Runtime-Aws-Request-Id"), !requestID.isEmpty else {
            throw LambdaRuntimeError(.missingRequestID, "invocation/next answered without Lambda-Runtime-Aws-Request-Id")
        }
        let invocation = LambdaInvocation(
            requestID: requestID,
            deadlineMilliseconds: headers.first(name: "Lambda-Runtime-Deadline-Ms").flatMap { Int64($0) } ?? 0,
            invokedFunctionARN: headers.first(name: "Lambda-Runtime-Invoked-Function-Arn") ?? "",
            traceID: headers.first(name: "Lambda-Runtime-Trace-Id")
        )
        return NextInvocation(invocation: invocation, event: response.body)
    }

    /// `POST /invocation/{id}/response`: delivers the function's result.
    /// - Returns: The status Lambda answered with; 202 means accepted.
    func postResponse(requestID: String, body: ByteBuffer) async throws -> HTTPResponseStatus {
        let path = "\(Self.basePath)/invocation/\(Self.pathSegment(requestID))/response"
        let response = try await self.connection.execute(
            RuntimeAPIRequest(method: .POST, path: path, headers: [("Content-Type", "application/json")], body: body)
        )
        return response.head.status
    }

    /// `POST /invocation/{id}/error`: reports that no response could be made for this invocation.
    func postError(requestID: String, report: RuntimeAPIErrorReport) async throws -> HTTPResponseStatus {
        let path = "\(Self.basePath)/invocation/\(Self.pathSegment(requestID))/error"
        return try await self.postErrorReport(report, to: path)
    }

    /// `POST /init/error`: reports that the function could not start.
    func postInitError(report: RuntimeAPIErrorReport) async throws -> HTTPResponseStatus {
        try await self.postErrorReport(report, to: "\(Self.basePath)/init/error")
    }

    private func postErrorReport(_ report: RuntimeAPIErrorReport, to path: String) async throws -> HTTPResponseStatus {
        let body = self.connection.channel.allocator.buffer(bytes: report.encoded())
        let response = try await self.connection.execute(
            RuntimeAPIRequest(
                method: .POST,
                path: path,
                headers: [("Content-Type", "application/json"), ("Lambda-Runtime-Function-Error-Type", report.errorType)],
                body: body
            )
        )
        return response.head.status
    }

    /// Percent-encodes a request id for use as one path segment; Lambda's ids are UUIDs, so this
    /// only matters for hand-made ids (an emulator, a test) that contain `/` or spaces.
    static func pathSegment(_ value: String) -> String {
        PercentEncoding.encode(value, allowing: PercentEncoding.unreservedCharacters)
    }
}
