import NIOCore
import _NIOFileSystem

/// Collects one uploaded file as its bytes arrive: in memory up to ``UploadLimits/memoryThreshold``, then
/// in a temporary file (created `0600`, never replacing an existing one).
///
/// Whatever happens, ``finish()`` or ``abandon()`` ends it: the temporary file's descriptor is closed, and the
/// file itself is deleted with the last ``UploadedFile`` that refers to it (at once when abandoned).
struct UploadSpooler {
    private let limits: UploadLimits
    private let filename: String?
    private let contentType: String
    private var memory = ByteBuffer()
    private var spool: (file: SpoolFile, descriptor: SpoolDescriptor)?
    private(set) var size = 0

    init(limits: UploadLimits, filename: String?, contentType: String) {
        self.limits = limits
        self.filename = filename
        self.contentType = contentType
    }

    /// Adds the next bytes, moving to a temporary file once they no longer fit the memory threshold.
    mutating func append(_ chunk: ByteBuffer) async throws {
        size += chunk.readableBytes
        if let spool {
            try await spool.descriptor.write(chunk, at: size - chunk.readableBytes)
            return
        }
        var chunk = chunk
        memory.writeBuffer(&chunk)
        guard memory.readableBytes > limits.memoryThreshold else { return }
        let file = SpoolFile(path: try await Self.temporaryPath(limits))
        let descriptor = try await SpoolDescriptor.create(at: file.path)
        spool = (file, descriptor)
        do {
            try await descriptor.write(memory, at: 0)
        } catch {
            await abandon()
            throw error
        }
        memory = ByteBuffer()
    }

    /// The file, its temporary file closed.
    mutating func finish() async throws -> UploadedFile {
        guard let spool else {
            return UploadedFile(filename: filename, contentType: contentType, size: size, storage: .memory(memory))
        }
        self.spool = nil
        await spool.descriptor.close()
        return UploadedFile(filename: filename, contentType: contentType, size: size, storage: .spooled(spool.file))
    }

    /// Gives the file up: its descriptor is closed and (having no other reference) the temporary file deleted.
    mutating func abandon() async {
        if let spool { await spool.descriptor.close() }
        spool = nil
        memory = ByteBuffer()
    }

    /// A new, unguessable name in the configured directory.
    private static func temporaryPath(_ limits: UploadLimits) async throws -> String {
        let directory: FilePath
        if let configured = limits.temporaryDirectory {
            directory = FilePath(configured)
        } else {
            directory = try await FileSystem.shared.temporaryDirectory
        }
        let name = "warrant-upload-" + String(UInt64.random(in: .min ... .max), radix: 16) + String(UInt64.random(in: .min ... .max), radix: 16)
        return directory.appending(name).string
    }
}
