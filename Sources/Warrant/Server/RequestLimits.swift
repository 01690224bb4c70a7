import HTTPTypes
import Hummingbird

extension InputLimits {
    /// Refuses a request beyond the size limits before any route runs.
    func check(_ request: HummingbirdCore.Request) throws(Problem) {
        if (request.head.path?.utf8.count ?? 0) > maxURIBytes {
            throw Problem(status: .uriTooLong, detail: "The request target is longer than \(maxURIBytes) bytes.")
        }
        let headerBytes = request.headers.reduce(0) { $0 + $1.name.rawName.utf8.count + $1.value.utf8.count + 4 }
        if request.headers.count > maxHeaderCount || headerBytes > maxHeaderBytes {
            throw Problem(status: .requestHeaderFieldsTooLarge, detail: "Send at most \(maxHeaderCount) header fields and \(maxHeaderBytes) bytes of headers.")
        }
        if let query = request.uri.query, query.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "&") ? 1 : 0) }) >= maxQueryItems {
            throw Problem(status: .badRequest, detail: "Send at most \(maxQueryItems) query items.")
        }
    }
}
