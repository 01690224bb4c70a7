public import NIOCore
import _NIOFileSystem

/// A file the client uploaded: a file part of a `multipart/form-data` body (a `@Schema` property of this
/// type), or a whole raw body (a handler parameter of this type, sent as `application/octet-stream`).
///
/// Small files are held in memory; larger ones were written to a temporary file as they arrived (see
/// ``UploadLimits/memoryThreshold``), which is deleted when the last copy of this value goes away. Read it
/// with ``bytes(upTo:)``, ``chunks(of:)`` or ``write(to:)``.
public struct UploadedFile: Sendable {
    /// Where the bytes are.
    enum Storage: Sendable {
        case memory(ByteBuffer)
        case spooled(SpoolFile)
    }

    /// The file name the client gave (`filename=` of the part), if any; never a path to trust.
    public let filename: String?
    /// The media type the client declared for the file (`application/octet-stream` when it declared none),
    /// lowercased and without parameters.
    public let contentType: String
    /// The size in bytes.
    public let size: Int
    let storage: Storage

    init(filename: String?, contentType: String, size: Int, storage: Storage) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.storage = storage
    }

    /// A file held in memory, for tests and for code that builds uploads itself.
    public init(_ bytes: ByteBuffer, filename: String? = nil, contentType: String = "application/octet-stream") {
        self.init(filename: filename, contentType: contentType, size: bytes.readableBytes, storage: .memory(bytes))
    }

    /// The whole file in one buffer; throws ``UploadedFileError/tooLarge(size:limit:)`` when it is larger
    /// than `maxBytes` (a guard against reading a large upload into memory by accident).
    public func bytes(upTo maxBytes: Int = 16 << 20) async throws -> ByteBuffer {
        guard size <= maxBytes else { throw UploadedFileError.tooLarge(size: size, limit: maxBytes) }
        switch storage {
        case .memory(let buffer):
            return buffer
        case .spooled(let file):
            return try await FileSystem.shared.withFileHandle(forReadingAt: FilePath(file.path)) { handle in
                try await handle.readToEnd(maximumSizeAllowed: .bytes(Int64(maxBytes)))
            }
        }
    }

    /// The file in chunks of at most `chunkSize` bytes, read as they are consumed.
    public func chunks(of chunkSize: Int = 256 << 10) -> UploadedFileChunks {
        UploadedFileChunks(file: self, chunkSize: max(1, chunkSize))
    }

    /// Writes the file to a new file at `path` (which must not exist), streaming it.
    public func write(to path: String) async throws {
        try await FileSystem.shared.withFileHandle(forWritingAt: FilePath(path), options: .newFile(replaceExisting: false)) { handle in
            var offset: Int64 = 0
            for try await chunk in chunks() {
                try await handle.write(contentsOf: chunk.readableBytesView, toAbsoluteOffset: offset)
                offset += Int64(chunk.readableBytes)
            }
        }
    }
}

/// Why an ``UploadedFile`` could not be read as asked.
public enum UploadedFileError: Error, Sendable, Equatable {
    /// ``UploadedFile/bytes(upTo:)`` was asked for a file larger than its limit.
    case tooLarge(size: Int, limit: Int)
}
