import HTTPTypes
import Hummingbird

/// The answer to a request no route matched: 405 with `Allow` when the path is served with other methods
/// (RFC 9110 §15.5.6), else 404.
enum MethodNotAllowed {
    /// The problem for a request the router found no route for.
    static func problem(for request: HummingbirdCore.Request, context: WarrantContext, methods: AllowedMethods?) async -> Problem {
        guard let allow = await methods?.allow(for: request, context: context) else {
            return Problem(status: .notFound, detail: "No route matches \(request.method) \(request.uri.path).")
        }
        return Problem(
            status: .methodNotAllowed,
            detail: "\(request.method) is not served at \(request.uri.path); it answers \(allow).",
            headers: [.allow: allow]
        )
    }
}
