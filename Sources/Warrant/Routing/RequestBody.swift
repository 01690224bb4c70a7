import Hummingbird
import NIOCore

/// A request's body as its route reads it: JSON or form bytes, a multipart form, or a raw upload.
struct RequestBody {
    var bytes: ByteBuffer?
    var isForm = false
    var form: MultipartForm?
    var upload: UploadedFile?

    /// Reads the body the way `format` says, within its limits; nothing for a route without a body.
    @inline(__always)
    static func read(_ request: HummingbirdCore.Request, format: RequestBodyFormat, limits: InputLimits) async throws -> RequestBody {
        switch format {
        case .none:
            return RequestBody()
        case .json, .jsonOrForm:
            let body = try await RequestBodyReader.read(request, limits: limits, acceptsForm: format == .jsonOrForm)
            return RequestBody(bytes: body.bytes, isForm: body.isForm)
        case .multipart:
            return RequestBody(form: try await MultipartReader.read(request, limits: limits))
        case .binary(let mediaTypes):
            return RequestBody(upload: try await BinaryBodyReader.read(request, limits: limits, mediaTypes: mediaTypes))
        }
    }
}
