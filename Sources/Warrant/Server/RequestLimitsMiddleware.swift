import HTTPTypes
import Hummingbird

/// Refuses requests beyond the configured size limits before any route runs.
struct RequestLimitsMiddleware: RouterMiddleware {
    typealias Context = WarrantContext

    let limits: InputLimits

    func handle(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async throws -> Response {
        if (request.head.path?.utf8.count ?? 0) > limits.maxURIBytes {
            throw Problem(status: .uriTooLong, detail: "The request target is longer than \(limits.maxURIBytes) bytes.")
        }
        let headerBytes = request.headers.reduce(0) { $0 + $1.name.rawName.utf8.count + $1.value.utf8.count + 4 }
        if request.headers.count > limits.maxHeaderCount || headerBytes > limits.maxHeaderBytes {
            throw Problem(status: .requestHeaderFieldsTooLarge, detail: "Send at most \(limits.maxHeaderCount) header fields and \(limits.maxHeaderBytes) bytes of headers.")
        }
        if let query = request.uri.query, query.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "&") ? 1 : 0) }) >= limits.maxQueryItems {
            throw Problem(status: .badRequest, detail: "Send at most \(limits.maxQueryItems) query items.")
        }
        return try await next(request, context)
    }
}
