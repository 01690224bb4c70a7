import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reads a route's body within the configured size, insisting on a media type the route accepts.
enum RequestBodyReader {
    /// The body bytes and whether they are an HTML form; 413 when larger than the limit, 415 when non-empty
    /// and neither JSON nor (where accepted) a form.
    static func read(_ request: inout HummingbirdCore.Request, limits: InputLimits, acceptsForm: Bool) async throws -> (bytes: ByteBuffer, isForm: Bool) {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.maxBodyBytes {
            throw tooLarge(limits)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limits.maxBodyBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge(limits)
        }
        guard body.readableBytes > 0 else { return (body, false) }
        let mediaType = mediaType(request.headers[.contentType])
        if acceptsForm, mediaType == "application/x-www-form-urlencoded" { return (body, true) }
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            let accepted = acceptsForm ? "'application/json' or 'application/x-www-form-urlencoded'" : "'application/json'"
            throw Problem(status: .unsupportedMediaType, detail: "Send the body with 'Content-Type: \(accepted)'.")
        }
        return (body, false)
    }

    /// The media type without parameters, lowercased (`application/json; charset=utf-8` → `application/json`).
    static func mediaType(_ contentType: String?) -> String {
        guard let contentType else { return "" }
        return contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    private static func tooLarge(_ limits: InputLimits) -> Problem {
        Problem(status: .contentTooLarge, detail: "The request body is larger than \(limits.maxBodyBytes) bytes.")
    }
}
