import HTTPTypes

/// The 401, 403 and 503 problems of the access lift.
///
/// They say what to do, never why a credential failed: a caller probing signatures or keys learns nothing.
enum AccessProblems {
    /// No credentials: `WWW-Authenticate: Bearer` without an error code (RFC 6750 §3.1).
    static let missing = Problem(
        status: .unauthorized,
        detail: "Send an access token ('Authorization: Bearer <token>') or another credential this API accepts.",
        headers: [.wwwAuthenticate: "Bearer"]
    )

    /// A credential that does not verify, for whatever reason: `error="invalid_token"`.
    static let invalid = Problem(
        status: .unauthorized,
        detail: "The credential is invalid, expired or revoked.",
        headers: [.wwwAuthenticate: #"Bearer error="invalid_token""#]
    )

    /// More than one credential in one request (RFC 6750 §2: one method per request).
    static let ambiguous = Problem(
        status: .unauthorized,
        detail: "Send one credential per request, not several.",
        headers: [.wwwAuthenticate: #"Bearer error="invalid_request""#]
    )

    /// A valid credential without the role: 403 with `error="insufficient_scope"`.
    static func forbidden(role: String) -> Problem {
        Problem(
            status: .forbidden,
            detail: "This operation requires the '\(role)' role.",
            headers: [.wwwAuthenticate: #"Bearer error="insufficient_scope", scope="\#(role)""#]
        )
    }

    /// The credential cannot be checked now: its verifier's keys or store are out of reach.
    static func unavailable(retryAfterSeconds: Int) -> Problem {
        Problem(
            status: .serviceUnavailable,
            title: "Credential check unavailable",
            detail: "The credential cannot be checked right now; try again shortly.",
            headers: [.retryAfter: String(max(1, retryAfterSeconds))]
        )
    }
}
