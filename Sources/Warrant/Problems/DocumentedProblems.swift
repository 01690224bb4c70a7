public import HTTPTypes

/// One documented failure of an operation: a case of a ``Problems()`` error enum.
public struct ProblemCase: Sendable {
    /// The status it answers with.
    public let status: HTTPResponse.Status
    /// The problem's title: the case's doc-comment summary.
    public let title: String
    /// The problem's detail: the rest of the case's doc comment.
    public let detail: String?
    /// The case's Swift name.
    public let name: String

    /// A documented failure.
    public init(status: HTTPResponse.Status, title: String, detail: String?, name: String) {
        self.status = status
        self.title = title
        self.detail = detail
        self.name = name
    }
}

/// An error enum whose cases are documented problems; `@Problems` writes the conformance.
///
/// A handler that `throws(TodoError)` lists each case's status in its operation's responses.
public protocol DocumentedProblems: ProblemConvertible {
    /// Every case, in declaration order.
    static var documentedProblems: [ProblemCase] { get }
    /// The documented case this value is.
    var problemCase: ProblemCase { get }
}

extension DocumentedProblems {
    /// The problem built from this case's status, title and detail.
    public var problem: Problem {
        let entry = problemCase
        return Problem(status: entry.status, title: entry.title, detail: entry.detail)
    }
}
