/// The text given to ``Base64URL`` was not strict unpadded URL-safe Base64.
///
/// It deliberately carries no detail, so the offending text never reaches a log.
public struct Base64URLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// A fixed message; it never contains the rejected text.
    public var description: String { "invalid base64url encoding" }
}
