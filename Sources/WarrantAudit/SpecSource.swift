/// Where a document to audit comes from, as `api openapi diff` reads its arguments.
public enum SpecSource: Sendable, Equatable, CustomStringConvertible {
    /// A file, by path (relative to the working directory).
    case file(String)
    /// A document served at an `http://` or `https://` URL.
    case url(String)
    /// A file as committed at a revision: `git show REVISION:PATH`, so a pull-request job can read the
    /// target branch's spec without checking it out.
    case git(revision: String, path: String)

    /// The source an argument names: `git:REF:PATH`, an `http(s)://` URL, or else a file path.
    /// - Parameter argument: The command-line argument.
    /// - Throws: ``AuditError`` for a `git:` argument without both a revision and a path.
    public init(argument: String) throws(AuditError) {
        if argument.hasPrefix("git:") {
            // A revision cannot contain ':' (git check-ref-format), so the first one ends it.
            let rest = argument.dropFirst("git:".count)
            guard let colon = rest.firstIndex(of: ":"), colon != rest.startIndex, rest.index(after: colon) != rest.endIndex else {
                throw AuditError("'\(argument)' names no revision or no path: write git:REVISION:PATH, e.g. git:origin/main:docs/openapi.json")
            }
            self = .git(revision: String(rest[..<colon]), path: String(rest[rest.index(after: colon)...]))
        } else if argument.hasPrefix("http://") || argument.hasPrefix("https://") {
            self = .url(argument)
        } else {
            guard !argument.isEmpty else { throw AuditError("an empty argument names no document: give a file path, a URL or git:REVISION:PATH") }
            self = .file(argument)
        }
    }

    /// The source as it was written: the path, the URL, or `git:REVISION:PATH`.
    public var description: String {
        switch self {
        case .file(let path): path
        case .url(let url): url
        case .git(let revision, let path): "git:\(revision):\(path)"
        }
    }
}
