import WarrantJSON

/// An OpenAPI document as the audit reads it: its parsed JSON.
public struct SpecDocument: Sendable {
    /// The whole document.
    public let root: JSONObject

    /// A document from its parsed JSON.
    public init(root: JSONObject) {
        self.root = root
    }
}
