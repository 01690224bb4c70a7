import HTTPTypes
import Hummingbird
import NIOCore

/// Reads a route's JSON body within the configured size, insisting on a JSON media type.
enum RequestBodyReader {
    /// The body bytes; 413 when larger than the limit, 415 when non-empty and not JSON.
    static func read(_ request: inout HummingbirdCore.Request, limits: InputLimits) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.maxBodyBytes {
            throw tooLarge(limits)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limits.maxBodyBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge(limits)
        }
        if body.readableBytes > 0, !isJSON(request.headers[.contentType]) {
            throw Problem(
                status: .unsupportedMediaType,
                detail: "Send the body as JSON with 'Content-Type: application/json'."
            )
        }
        return body
    }

    /// `application/json`, or any `application/…+json`, with or without parameters.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
    }

    private static func tooLarge(_ limits: InputLimits) -> Problem {
        Problem(status: .contentTooLarge, detail: "The request body is larger than \(limits.maxBodyBytes) bytes.")
    }
}

import Foundation
