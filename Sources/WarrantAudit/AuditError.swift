/// Why an audit could not run: a source that cannot be read, a document that is not OpenAPI, an
/// acknowledgement file that does not parse. Each message says what to fix; `api openapi diff` prints it
/// and exits with status 1.
public struct AuditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, and what to do about it.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
