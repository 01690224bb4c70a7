import Foundation
import NIOCore

/// Reads documents to audit from files, URLs and git revisions, within a size cap and a deadline.
public struct SpecLoader: Sendable {
    /// The largest document accepted, in bytes.
    public var maximumBytes: Int
    /// The longest a URL fetch or a `git show` may take.
    public var timeout: TimeAmount
    /// The folder relative paths and `git show` are resolved in; `nil` for the process's working directory.
    public var workingDirectory: String?

    /// A loader with these bounds.
    /// - Parameters:
    ///   - maximumBytes: The largest document accepted (default 32 MiB).
    ///   - timeout: The longest a URL fetch or a `git show` may take (default 30 s).
    ///   - workingDirectory: The folder relative paths and `git show` run in (default: the process's).
    public init(maximumBytes: Int = 32 << 20, timeout: TimeAmount = .seconds(30), workingDirectory: String? = nil) {
        self.maximumBytes = maximumBytes
        self.timeout = timeout
        self.workingDirectory = workingDirectory
    }

    /// The parsed document `source` names.
    /// - Parameter source: Where the document is.
    /// - Throws: ``AuditError`` saying what could not be read or parsed, and why.
    public func load(_ source: SpecSource) async throws(AuditError) -> SpecDocument {
        let bytes: [UInt8]
        switch source {
        case .file(let path):
            bytes = try readFile(path)
        case .url(let url):
            bytes = try await SpecFetch(maximumBytes: maximumBytes, timeout: timeout).fetch(url)
        case .git(let revision, let path):
            bytes = try await GitShow(maximumBytes: maximumBytes, timeout: timeout, workingDirectory: workingDirectory).file(path, at: revision)
        }
        return try SpecDocument(parsing: bytes, origin: source.description)
    }

    /// The bytes of a file, refused when missing, a folder, or larger than the cap.
    func readFile(_ path: String) throws(AuditError) -> [UInt8] {
        let url = resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw AuditError("\(path): no such file (looked in \(url.deletingLastPathComponent().path))")
        }
        guard !isDirectory.boolValue else { throw AuditError("\(path) is a folder; give the document's file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maximumBytes else {
            throw AuditError("\(path) has \(size) bytes, more than the \(maximumBytes) bytes the audit reads")
        }
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw AuditError("\(path) could not be read: \(error.localizedDescription)")
        }
    }

    /// `path` as a file URL, relative to the working directory when it is not absolute.
    func resolve(_ path: String) -> URL {
        guard !path.hasPrefix("/"), let workingDirectory else { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: workingDirectory, isDirectory: true).appendingPathComponent(path)
    }
}
