/// Limits on uploaded bodies (`multipart/form-data` and raw binary bodies), answered with 413 when
/// exceeded. They replace ``InputLimits/maxBodyBytes`` for the routes that take uploads.
///
/// Memory stays bounded whatever the size: a file part is kept in memory up to ``memoryThreshold`` and
/// written to a temporary file beyond it, so a request holds at most about that much of each file in memory.
public struct UploadLimits: Sendable {
    /// The largest upload body, in bytes: a `Content-Length` above it is refused before a byte is read, a
    /// streamed body as soon as it passes it.
    public var maxBytes: Int
    /// The largest single part (file or field), in bytes.
    public var maxPartBytes: Int
    /// The largest text field, in bytes (text fields are kept in memory).
    public var maxFieldBytes: Int
    /// The most parts in one form.
    public var maxParts: Int
    /// The largest header block of one part, in bytes.
    public var maxPartHeaderBytes: Int
    /// Files up to this size stay in memory; larger ones are written to a temporary file.
    public var memoryThreshold: Int
    /// Where temporary files go: `nil` for `TMPDIR` (else `/tmp`).
    public var temporaryDirectory: String?

    /// Limits with safe defaults: 32 MiB a body and a part, 64 KiB a text field, 100 parts, 8 KiB of part
    /// headers, files beyond 1 MiB written to disk.
    public init(
        maxBytes: Int = 32 << 20,
        maxPartBytes: Int = 32 << 20,
        maxFieldBytes: Int = 64 << 10,
        maxParts: Int = 100,
        maxPartHeaderBytes: Int = 8 << 10,
        memoryThreshold: Int = 1 << 20,
        temporaryDirectory: String? = nil
    ) {
        self.maxBytes = maxBytes
        self.maxPartBytes = maxPartBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxParts = maxParts
        self.maxPartHeaderBytes = maxPartHeaderBytes
        self.memoryThreshold = memoryThreshold
        self.temporaryDirectory = temporaryDirectory
    }
}
