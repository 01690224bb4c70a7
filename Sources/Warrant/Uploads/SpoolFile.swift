#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file holding an upload too large for memory, deleted when the last ``UploadedFile``
/// referring to it goes away (or, for a refused request, as soon as the refusal is decided).
///
/// Deleting on release rather than at the end of the request lets a handler hand the file to work that
/// outlives it, and leaves nothing behind however the request ends.
final class SpoolFile: Sendable {
    /// The file's path.
    let path: String

    init(path: String) {
        self.path = path
    }

    deinit {
        _ = path.withCString { unlink($0) }
    }
}
