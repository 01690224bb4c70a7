import _NIOFileSystem
import Logging
import SystemPackage

/// A file read in chunks off the event loops, for ``Download/file(at:filename:chunkSize:)``.
enum FileChunks {
    /// Why a download cannot be served from a path.
    struct NotARegularFile: Error, CustomStringConvertible {
        let path: String
        var description: String { "not a regular file: \(path)" }
    }

    /// The size of the regular file at `path`.
    static func regularFileSize(at path: String) async throws -> Int {
        guard let info = try await FileSystem.shared.info(forFileAt: FilePath(path)), info.type == .regular else {
            throw NotARegularFile(path: path)
        }
        return Int(info.size)
    }

    /// A body reading the file at `path`, `size` bytes long: the file is opened when the body is written
    /// (a response never written, such as a `HEAD` answer's, never opens it) and closed however it ends.
    static func body(path: String, size: Int, chunkSize: Int) -> StreamedBody {
        StreamedBody(contentLength: size) { writer, logger in
            let handle: ReadFileHandle
            do {
                handle = try await FileSystem.shared.openFile(forReadingAt: FilePath(path), options: .init())
            } catch {
                logger.error("file download failed: cannot open the file", metadata: ["error_type": "\(String(reflecting: type(of: error)))"])
                throw StreamedBodyError.sourceFailed
            }
            do {
                try await StreamPump.pump(handle.readChunks(in: 0..., chunkLength: .bytes(Int64(chunkSize))), to: &writer, logger: logger) { $0 }
            } catch {
                try? await handle.close()
                throw error
            }
            try await handle.close()
        }
    }
}
