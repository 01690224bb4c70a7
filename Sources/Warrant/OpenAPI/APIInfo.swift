/// The API's identity in its OpenAPI document: `info.title`, `info.version` and the long description.
public struct APIInfo: Sendable {
    /// The API's name.
    public var title: String
    /// The API's version (not the OpenAPI version).
    public var version: String
    /// A one-line summary.
    public var summary: String?
    /// A longer description (Markdown).
    public var description: String?

    /// An API identity.
    public init(title: String, version: String, summary: String? = nil, description: String? = nil) {
        self.title = title
        self.version = version
        self.summary = summary
        self.description = description
    }
}
