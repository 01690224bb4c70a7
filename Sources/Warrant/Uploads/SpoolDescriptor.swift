import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open temporary file an ``UploadSpooler`` writes to: a plain descriptor, opened, written and closed
/// on threads of the uploads' own, never on an event loop.
///
/// Their own threads, not NIO's shared blocking pool: that pool also hashes passwords, and a burst of
/// sign-ins must not stall every upload behind it.
///
/// Plain POSIX calls rather than a file-system library's transactional handles: the descriptor is closed
/// exactly once, by ``close()``, whatever way the upload ends.
struct SpoolDescriptor: Sendable {
    private let descriptor: Int32

    /// The threads spool files are written on, started on first use.
    private static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        return pool
    }()

    /// Creates `path` (it must not exist) readable and writable by its owner only.
    static func create(at path: String) async throws -> SpoolDescriptor {
        try await Self.threads.runIfActive {
            let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
            guard descriptor >= 0 else { throw IOError(errnoCode: errno, reason: "open") }
            return SpoolDescriptor(descriptor: descriptor)
        }
    }

    /// Writes all of `bytes` at `offset`.
    func write(_ bytes: ByteBuffer, at offset: Int) async throws {
        let descriptor = self.descriptor
        try await Self.threads.runIfActive {
            try bytes.withUnsafeReadableBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var written = 0
                while written < buffer.count {
                    let count = pwrite(descriptor, base + written, buffer.count - written, off_t(offset + written))
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { throw IOError(errnoCode: errno, reason: "pwrite") }
                    written += count
                }
            }
        }
    }

    /// Closes the descriptor. Call once.
    func close() async {
        let descriptor = self.descriptor
        _ = try? await Self.threads.runIfActive {
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #else
            _ = Darwin.close(descriptor)
            #endif
        }
    }
}
