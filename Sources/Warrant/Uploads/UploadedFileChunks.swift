public import NIOCore
import _NIOFileSystem

/// An uploaded file's bytes in chunks: ``UploadedFile/chunks(of:)``.
///
/// Each chunk of a file on disk is read when asked for (the file is opened for each read, so an
/// abandoned iteration leaves no handle open).
public struct UploadedFileChunks: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = ByteBuffer

    let file: UploadedFile
    let chunkSize: Int

    /// An iterator from the first byte.
    public func makeAsyncIterator() -> Iterator {
        Iterator(file: file, chunkSize: chunkSize)
    }

    /// Reads the next chunk on demand.
    public struct Iterator: AsyncIteratorProtocol {
        let file: UploadedFile
        let chunkSize: Int
        var offset = 0

        /// The next chunk, or `nil` after the last byte.
        public mutating func next() async throws -> ByteBuffer? {
            guard offset < file.size else { return nil }
            let length = Swift.min(chunkSize, file.size - offset)
            let chunk: ByteBuffer
            switch file.storage {
            case .memory(let buffer):
                chunk = buffer.getSlice(at: buffer.readerIndex + offset, length: length) ?? ByteBuffer()
            case .spooled(let spool):
                let start = Int64(offset)
                chunk = try await FileSystem.shared.withFileHandle(forReadingAt: FilePath(spool.path)) { handle in
                    try await handle.readChunk(fromAbsoluteOffset: start, length: .bytes(Int64(length)))
                }
            }
            guard chunk.readableBytes > 0 else { return nil }
            offset += chunk.readableBytes
            return chunk
        }
    }
}
