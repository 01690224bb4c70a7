import NIOCore

/// An event shape that carries an HTTP request and defines the JSON reply for it.
protocol LambdaHTTPEvent: Decodable, Sendable {
    /// Rebuilds the HTTP request the gateway received.
    func makeRequest(options: LambdaEventOptions, allocator: ByteBufferAllocator) throws(LambdaEventError) -> LambdaHTTPRequest
    /// Writes `response` in the reply shape this event's gateway expects.
    func encodeReply(_ response: LambdaHTTPResponse) throws -> [UInt8]
}

/// The adapter settings that come from ``LambdaRuntime``'s configuration.
struct LambdaEventOptions: Sendable {
    /// Whether to remove a leading `/{stage}` from API Gateway paths.
    var stripStagePrefix: Bool
    /// A normalised base path to remove from every path, if configured.
    var basePath: String?

    /// Creates options, normalising `basePath` (`"api/"` and `"/api"` both mean `/api`).
    init(stripStagePrefix: Bool, basePath: String?) {
        self.stripStagePrefix = stripStagePrefix
        self.basePath = PathRewriting.normalizedBasePath(basePath)
    }

    /// Applies stage stripping (when enabled and the event names a stage) and then base-path
    /// stripping to an encoded path; an empty path becomes `/`.
    func rewrite(path: String, stage: String?) -> String {
        var path = path.isEmpty ? "/" : path
        if self.stripStagePrefix {
            path = PathRewriting.strip(stage: stage, from: path)
        }
        if let basePath {
            path = PathRewriting.strip(prefix: basePath, from: path)
        }
        return path
    }
}

/// Why an event could not be turned into an HTTP request.
enum LambdaEventError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The event matches none of the known shapes.
    case unrecognizedShape
    /// The event looks like `format` but is missing or mistyping required fields.
    case malformed(LambdaEventFormat, String)
    /// The HTTP method is not a valid token.
    case invalidMethod(String)
    /// The body is flagged base64 but is not; a client can be answered with 400.
    case invalidBase64Body

    var description: String {
        switch self {
        case .unrecognizedShape:
            return "the event is not an API Gateway (REST or HTTP API), Lambda function URL or ALB event"
        case .malformed(let format, let detail):
            return "the event is not a valid \(format.rawValue) event: \(detail)"
        case .invalidMethod(let method):
            return "the event's HTTP method is not valid: \(method)"
        case .invalidBase64Body:
            return "the event's body is flagged base64 but is not valid base64"
        }
    }

    /// The category reported to `invocation/{id}/error`.
    var errorType: String {
        switch self {
        case .unrecognizedShape: return "Runtime.UnrecognizedEvent"
        case .malformed, .invalidMethod, .invalidBase64Body: return "Runtime.InvalidEvent"
        }
    }
}
