import HTTPTypes

/// The 401 and 403 problems of the access lift.
///
/// They say what to do, never why a token failed: a caller probing signatures learns nothing.
enum AccessProblems {
    /// No credentials: `WWW-Authenticate: Bearer` without an error code (RFC 6750 §3.1).
    static let missing = Problem(
        status: .unauthorized,
        detail: "Send an access token: 'Authorization: Bearer <token>'.",
        headers: [.wwwAuthenticate: "Bearer"]
    )

    /// A token that does not verify, for whatever reason: `error="invalid_token"`.
    static let invalid = Problem(
        status: .unauthorized,
        detail: "The access token is invalid or expired.",
        headers: [.wwwAuthenticate: #"Bearer error="invalid_token""#]
    )

    /// A valid token without the role: 403 with `error="insufficient_scope"`.
    static func forbidden(role: String) -> Problem {
        Problem(
            status: .forbidden,
            detail: "This operation requires the '\(role)' role.",
            headers: [.wwwAuthenticate: #"Bearer error="insufficient_scope", scope="\#(role)""#]
        )
    }
}
