import Warrant

/// Why signing in failed. The answer is the same whether the account exists or not.
@Problems
enum LoginError: Error {
    /// Incorrect username or password.
    @Status(400) case invalidGrant
    /// Too many failed sign-ins.
    ///
    /// Wait for the `Retry-After` seconds, then try again.
    @Status(429) case throttled(retryAfter: Int)
    /// Sign-in is not available.
    ///
    /// This server verifies tokens but does not issue them.
    @Status(503) case notIssuing
    /// Too many sign-ins at once.
    ///
    /// The server is checking as many passwords as it allows at a time; retry after the `Retry-After` seconds.
    @Status(503) case busy

    /// The problem, with OAuth2's `error` member so OAuth2 clients (such as the docs' Authorize dialog) read it.
    var problem: Problem {
        var problem = Problem(status: problemCase.status, title: problemCase.title, detail: problemCase.detail)
        switch self {
        case .invalidGrant:
            problem.extensions["error"] = "invalid_grant"
            problem.extensions["error_description"] = problemCase.title
        case .throttled(let seconds):
            problem.headers[.retryAfter] = String(seconds)
        case .notIssuing:
            problem.extensions["error"] = "temporarily_unavailable"
        case .busy:
            problem.extensions["error"] = "temporarily_unavailable"
            problem.headers[.retryAfter] = "1"
        }
        return problem
    }
}
