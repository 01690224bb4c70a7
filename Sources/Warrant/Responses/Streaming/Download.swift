import HTTPTypes
public import NIOCore

/// A handler's answer as a file to download: 200 with the bytes of an `AsyncSequence` (or of a file on
/// disk, read in chunks) streamed as the client takes them, never held in memory whole.
///
/// ```swift
/// enum CSVFile: DownloadFormat { static let mediaType = "text/csv" }
///
/// @GET("/reports/{id}")
/// func report(_ request: Request<Unauthenticated>, id: Int) async throws -> Download<CSVFile> {
///     try await Download.file(at: reports.path(of: id), filename: "report-\(id).csv")
/// }
/// ```
///
/// The OpenAPI document lists the body as `Format`'s media type, a `string` of `format: binary`.
public struct Download<Format: DownloadFormat>: ResponseRepresentable {
    private let body: StreamedBody
    private let filename: String?

    /// The bytes `chunks` yields.
    /// - Parameters:
    ///   - chunks: The body's bytes, written as they are produced.
    ///   - length: The total length, when known: sent as `Content-Length` (a source that yields another
    ///     number of bytes ends the response early); without it the body is sent chunked.
    ///   - filename: The name a browser saves it as (`Content-Disposition: attachment`); any name is safe.
    public init<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks, length: Int? = nil, filename: String? = nil) where Chunks.Element == ByteBuffer {
        body = StreamedBody(contentLength: length, chunks)
        self.filename = filename
    }

    private init(body: StreamedBody, filename: String?) {
        self.body = body
        self.filename = filename
    }

    /// The file at `path`, read in chunks of `chunkSize` bytes as the client takes them.
    ///
    /// The file is measured now (its length is sent as `Content-Length`) and opened when the body is
    /// written; a file that changes length meanwhile ends the response early.
    /// - Parameters:
    ///   - path: The file's path.
    ///   - filename: The name a browser saves it as (`Content-Disposition: attachment`); any name is safe.
    ///   - chunkSize: How many bytes are read, and held, at a time.
    /// - Throws: The file system's error when `path` is not a readable regular file.
    public static func file(at path: String, filename: String? = nil, chunkSize: Int = 128 * 1024) async throws -> Download {
        let size = try await FileChunks.regularFileSize(at: path)
        return Download(body: FileChunks.body(path: path, size: size, chunkSize: max(1, chunkSize)), filename: filename)
    }

    /// 200 with `Format`'s media type, a binary string.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(
            status: .ok,
            description: "The file's bytes.",
            schema: .string(format: .other("binary"), contentMediaType: .init(rawValue: Format.mediaType)),
            contentType: Format.mediaType,
            headers: [("Content-Disposition", "`attachment`, with the file's name when it has one.")]
        )]
    }

    /// 200 with the streamed bytes.
    public func makeResponse() -> RouteResponse {
        var headers: HTTPFields = [.contentType: Format.mediaType]
        headers[.contentDisposition] = filename.map(ContentDisposition.attachment(filename:)) ?? "attachment"
        return RouteResponse(status: .ok, headers: headers, stream: body)
    }

    /// Always: a 200 (a failure mid-stream cannot change the status already sent).
    public var isSuccessful: Bool { true }
}
