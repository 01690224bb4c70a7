public import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import WarrantJSON

/// The raw inputs of one request, as the generated extraction code reads them.
///
/// It has no public initialiser: only the router builds it, after the access lift and the body limit.
public struct RouteInput: Sendable {
    /// The request's header fields.
    public let headers: HTTPFields
    let uri: URI
    let pathParameters: Parameters
    let body: ByteBuffer?
    let bodyIsForm: Bool
    let jsonLimits: JSONLimits
    /// The `multipart/form-data` body, for a route that takes one.
    let form: MultipartForm?
    /// The raw uploaded body, for a route that takes one (`nil` when it was empty).
    let upload: UploadedFile?
    /// The API's dependency providers, for handlers that take `@Depends` parameters.
    let dependencies: DependencyRegistry
    /// The key page cursors are sealed with (``PageRequest``).
    let cursorKey: CursorKey

    init(
        headers: HTTPFields, uri: URI, pathParameters: Parameters, body: ByteBuffer?, bodyIsForm: Bool = false, jsonLimits: JSONLimits,
        form: MultipartForm? = nil, upload: UploadedFile? = nil, dependencies: DependencyRegistry = .empty, cursorKey: CursorKey = .processDefault
    ) {
        self.cursorKey = cursorKey
        self.form = form
        self.upload = upload
        self.dependencies = dependencies
        self.bodyIsForm = bodyIsForm
        self.headers = headers
        self.uri = uri
        self.pathParameters = pathParameters
        self.body = body
        self.jsonLimits = jsonLimits
    }
}
