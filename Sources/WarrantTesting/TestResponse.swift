public import HTTPTypes
public import NIOCore
public import Warrant
import WarrantJSON

/// A response as a test sees it: status, headers and the complete body.
public struct TestResponse: Sendable {
    /// The status.
    public let status: HTTPResponse.Status
    /// The header fields.
    public let headers: HTTPFields
    /// The body bytes.
    public let body: ByteBuffer

    /// A response.
    public init(status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text.
    public var text: String { String(buffer: body) }

    /// The body parsed as JSON.
    public func json() throws -> JSONValue {
        try JSONParser.parse(body)
    }

    /// The body decoded as `T`, with every violation in the error when it does not match.
    public func decode<T: SchemaValue>(_ type: T.Type) throws -> T {
        var issues = ValidationIssues()
        guard let value = T.decode(json: try json(), issues: &issues) else {
            throw TestResponseError.undecodable(type: String(describing: T.self), issues: issues.all.map { "\($0.pointer): \($0.detail)" })
        }
        return value
    }

    /// The body as an RFC 9457 problem document.
    public func problem() throws -> ProblemDocument {
        try ProblemDocument(json: json())
    }
}

/// A response body that does not decode as the type a test expected.
public enum TestResponseError: Error, CustomStringConvertible {
    /// The JSON did not match `type`; `issues` says where.
    case undecodable(type: String, issues: [String])
    /// The body is not a problem document.
    case notAProblem

    /// What went wrong.
    public var description: String {
        switch self {
        case .undecodable(let type, let issues): "the body is not a valid \(type): \(issues.joined(separator: "; "))"
        case .notAProblem: "the body is not a problem document"
        }
    }
}
