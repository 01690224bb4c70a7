import HTTPTypes
import Hummingbird
import NIOCore

/// Reads a raw upload through an ``UploadSpooler``, within ``UploadLimits/maxBytes``.
enum BinaryBodyReader {
    /// The body as a file, `nil` when empty; 415 for a media type not declared, 413 past the limit, 408
    /// when too slow.
    static func read(_ request: HummingbirdCore.Request, limits: InputLimits, mediaTypes: [String]) async throws -> UploadedFile? {
        let uploads = limits.uploads
        if let length = request.headers[.contentLength].flatMap(Int.init), length > uploads.maxBytes {
            throw RequestBodyReader.tooLarge(uploads.maxBytes)
        }
        let declared = request.headers[.contentType].map(RequestBodyReader.mediaType)
        let accepted = declared.map { type in mediaTypes.contains { MediaTypeRange.matches($0, type) } } ?? false
        let unsupported = Problem(status: .unsupportedMediaType, detail: "Send the body with 'Content-Type: \(mediaTypes.joined(separator: "' or '"))'.")
        if declared != nil, !accepted { throw unsupported }
        var spooler = UploadSpooler(limits: uploads, filename: nil, contentType: declared ?? "application/octet-stream")
        let deadline = ContinuousClock.now.advanced(by: limits.requestTimeout)
        do {
            for try await chunk in request.body {
                guard spooler.size + chunk.readableBytes <= uploads.maxBytes else { throw RequestBodyReader.tooLarge(uploads.maxBytes) }
                guard ContinuousClock.now <= deadline else { throw RequestBodyReader.tooSlow }
                guard accepted || chunk.readableBytes == 0 else { throw unsupported }
                try await spooler.append(chunk)
            }
        } catch {
            await spooler.abandon()
            throw error
        }
        guard spooler.size > 0 else {
            await spooler.abandon()
            return nil
        }
        return try await spooler.finish()
    }
}
