import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reads a route's body within the configured size, insisting on a media type the route accepts.
enum RequestBodyReader {
    /// The body bytes and whether they are an HTML form; 413 when larger than the limit, 415 when non-empty
    /// and neither JSON nor (where accepted) a form, 408 when it is still arriving after
    /// ``InputLimits/requestTimeout``.
    ///
    /// The deadline is checked as each chunk arrives, so a client trickling its body cannot hold the request;
    /// one that stops sending altogether is disconnected by the server's idle timeout
    /// (``InputLimits/idleTimeout``). No timer per request: under load, timers cost more than the reads.
    static func read(_ request: HummingbirdCore.Request, limits: InputLimits, acceptsForm: Bool) async throws -> (bytes: ByteBuffer, isForm: Bool) {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.maxBodyBytes {
            throw tooLarge(limits.maxBodyBytes)
        }
        let deadline = ContinuousClock.now.advanced(by: limits.requestTimeout)
        var body: ByteBuffer?
        for try await chunk in request.body {
            guard (body?.readableBytes ?? 0) + chunk.readableBytes <= limits.maxBodyBytes else { throw tooLarge(limits.maxBodyBytes) }
            guard ContinuousClock.now <= deadline else { throw tooSlow }
            if body == nil {
                body = chunk
            } else {
                body?.writeImmutableBuffer(chunk)
            }
        }
        guard let body, body.readableBytes > 0 else { return (ByteBuffer(), false) }
        let mediaType = mediaType(request.headers[.contentType])
        if acceptsForm, mediaType == "application/x-www-form-urlencoded" { return (body, true) }
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            let accepted = (acceptsForm ? RequestBodyFormat.jsonOrForm : .json).accepted
            throw Problem(status: .unsupportedMediaType, detail: "Send the body with Content-Type \(accepted).")
        }
        return (body, false)
    }

    /// The media type without parameters, lowercased (`application/json; charset=utf-8` → `application/json`).
    static func mediaType(_ contentType: String?) -> String {
        guard let contentType else { return "" }
        if contentType == "application/json" { return contentType }  // nearly every request: no work
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        var type = Array(contentType.utf8.prefix { $0 != UInt8(ascii: ";") })
        while let last = type.last, isSpace(last) { type.removeLast() }
        let start = type.firstIndex { !isSpace($0) } ?? type.endIndex
        return String(decoding: type[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// 408: the body is still arriving after ``InputLimits/requestTimeout``.
    static let tooSlow = Problem(
        status: .requestTimeout, detail: "The request body did not arrive within the time the server allows.", headers: [.connection: "close"])

    /// 413: the body is larger than `limit` bytes.
    static func tooLarge(_ limit: Int) -> Problem {
        Problem(status: .contentTooLarge, detail: "The request body is larger than \(limit) bytes.")
    }
}
