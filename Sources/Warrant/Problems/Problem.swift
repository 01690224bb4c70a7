public import HTTPTypes

/// An RFC 9457 problem: the body of every error response (`application/problem+json`).
///
/// Throw one from a handler for an ad-hoc failure, or declare an error enum with ``Problems()`` so the
/// failures are documented in the OpenAPI document too.
public struct Problem: Error, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short, human-readable summary of the problem type.
    public var title: String
    /// An explanation specific to this occurrence.
    public var detail: String?
    /// A URI identifying the problem type; `about:blank` means "see the status".
    public var type: String
    /// Extra response headers, such as `WWW-Authenticate` on a 401.
    public var headers: HTTPFields
    /// The individual input violations of a 422.
    public var violations: [ValidationIssue]
    /// Extension members (RFC 9457 §3.2), such as OAuth2's `error` code.
    public var extensions: [String: String] = [:]

    /// A problem with this status, title and detail.
    public init(
        status: HTTPResponse.Status,
        title: String? = nil,
        detail: String? = nil,
        type: String = "about:blank",
        headers: HTTPFields = [:],
        violations: [ValidationIssue] = []
    ) {
        self.status = status
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.type = type
        self.headers = headers
        self.violations = violations
    }
}

/// An error that knows the problem document it becomes.
public protocol ProblemConvertible: Error {
    /// The problem to answer with.
    var problem: Problem { get }
}

extension Problem: ProblemConvertible {
    /// The problem itself.
    public var problem: Problem { self }
}
