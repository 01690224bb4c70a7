public import HTTPTypes
public import Testing

extension TestResponse {
    /// Records a test failure, showing the body, unless the status is `status`; returns the response for chaining.
    @discardableResult
    public func expect(_ status: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) -> TestResponse {
        if self.status != status {
            Issue.record(
                Comment(rawValue: "expected \(status.code) \(status.reasonPhrase), got \(self.status.code): \(text.prefix(500))"),
                sourceLocation: sourceLocation
            )
        }
        return self
    }

    /// Records a test failure unless the response is a problem document with this status and, when given,
    /// this title and exactly these body pointers (`#/title`) or parameter names.
    public func expectProblem(
        _ status: HTTPResponse.Status,
        title: String? = nil,
        pointers: [String]? = nil,
        parameters: [String]? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard headers[.contentType] == "application/problem+json", let problem = try? problem() else {
            Issue.record(Comment(rawValue: "expected a problem document, got \(self.status.code) \(headers[.contentType] ?? "no content type"): \(text.prefix(300))"), sourceLocation: sourceLocation)
            return
        }
        if problem.status != status.code || self.status != status {
            Issue.record(Comment(rawValue: "expected a \(status.code) problem, got \(self.status.code): \(text.prefix(300))"), sourceLocation: sourceLocation)
        }
        if let title, problem.title != title {
            Issue.record(Comment(rawValue: "expected the problem title \"\(title)\", got \"\(problem.title)\""), sourceLocation: sourceLocation)
        }
        if let pointers, problem.pointers != pointers {
            Issue.record(Comment(rawValue: "expected violations at \(pointers), got \(problem.pointers)"), sourceLocation: sourceLocation)
        }
        if let parameters {
            let actual = problem.violations.compactMap(\.parameter)
            if actual != parameters {
                Issue.record(Comment(rawValue: "expected violations of the parameters \(parameters), got \(actual)"), sourceLocation: sourceLocation)
            }
        }
    }
}
