/// How a route's body is sent and read: the input that reads the body says which.
public enum RequestBodyFormat: Sendable, Hashable {
    /// The route reads no body.
    case none
    /// `application/json` (or a `+json` type).
    case json
    /// JSON or an HTML form (`application/x-www-form-urlencoded`).
    case jsonOrForm
    /// `multipart/form-data`: text fields and files (``MultipartBody``).
    case multipart
    /// The raw bytes as one file (``BinaryBody``), sent with one of these media types.
    case binary([String])

    /// The media types a client may send, for a 415's detail and the document.
    var accepted: String {
        switch self {
        case .none, .json: "'application/json'"
        case .jsonOrForm: "'application/json' or 'application/x-www-form-urlencoded'"
        case .multipart: "'multipart/form-data' (with its boundary parameter)"
        case .binary(let types): types.map { "'\($0)'" }.joined(separator: " or ")
        }
    }

    /// Whether the body is read into memory whole (JSON, a form), rather than streamed as an upload.
    var isBuffered: Bool {
        switch self {
        case .none, .json, .jsonOrForm: true
        case .multipart, .binary: false
        }
    }
}
