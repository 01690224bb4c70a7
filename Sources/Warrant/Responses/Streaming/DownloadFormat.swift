/// The media type of a ``Download``, declared as a type so the OpenAPI document can list it: the document
/// is built from the handler's result type, before any download exists.
///
/// ```swift
/// enum CSVFile: DownloadFormat { static let mediaType = "text/csv" }
/// ```
public protocol DownloadFormat: Sendable {
    /// The media type, sent as `Content-Type` and documented as the response's content.
    static var mediaType: String { get }
}

/// Bytes of no particular type: `application/octet-stream`.
public enum OctetStream: DownloadFormat {
    /// `application/octet-stream`.
    public static let mediaType = "application/octet-stream"
}
