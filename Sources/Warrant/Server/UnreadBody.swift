import HTTPTypes
import Hummingbird

/// When refusing a request ends its connection: the server will not drain a body it refused unread.
///
/// Hummingbird reads what is left of a request's body before the next request on the connection. For a
/// request refused before its body was read — 401, 403, 404, 405, 408, 413, 414, 415, 431, 503 — that could
/// be an unbounded stream, so the answer says `Connection: close` (``ConnectionGuard`` then closes) unless
/// the body is small enough that draining it is cheaper than a new connection.
enum UnreadBody {
    /// Bodies up to this size are drained, keeping the connection.
    static let drainLimit = 64 << 10

    private static let refusedUnread: Set<Int> = [401, 403, 404, 405, 408, 413, 414, 415, 431, 503]
    private static let close = HTTPField(name: .connection, value: "close")

    /// Adds `Connection: close` to `response` when it refuses `request` and the request may carry a large
    /// or unbounded body.
    static func closeIfRefused(_ response: inout Response, answering request: HummingbirdCore.Request) {
        guard refusedUnread.contains(response.status.code) else { return }
        let chunked = request.headers[.transferEncoding] != nil
        let length = request.headers[.contentLength].flatMap(Int.init) ?? 0
        if chunked || length > drainLimit { response.headers.set(close) }
    }
}
