import Foundation

/// The project being scaffolded, read-only: its files by path relative to the root (`Sources/App/AppAPI.swift`).
public struct ProjectTree: Sendable {
    /// The project's root folder.
    public let root: URL

    /// The project at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The absolute URL of `path`.
    public func url(of path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// Whether a file or folder exists at `path`.
    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(of: path).path)
    }

    /// The UTF-8 text of the file at `path`, or `nil` when there is none (or it is not text).
    public func text(of path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: url(of: path).path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Every `.swift` file under `folder`, by relative path, sorted; empty when the folder is missing.
    public func swiftFiles(under folder: String) -> [SourceFile] {
        let subpaths = FileManager.default.subpaths(atPath: url(of: folder).path) ?? []
        return subpaths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { subpath in
            let path = folder + "/" + subpath
            return text(of: path).map { SourceFile(path: path, text: $0) }
        }
    }
}

/// One source file: where it is and what it says.
public struct SourceFile: Sendable, Equatable {
    /// The path relative to the project's root.
    public let path: String
    /// The file's text.
    public let text: String

    /// A file at `path` holding `text`.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
