/// Where the verifier gets the provider's discovery document and key set: over HTTPS in production
/// (``HTTPProviderDocuments``), from memory in tests.
public protocol ProviderDocuments: Sendable {
    /// The body of the JSON document at `url`; throws when it cannot be fetched.
    func fetch(_ url: String) async throws -> [UInt8]
}

/// A provider document that could not be fetched or read; the message names the URL and what went wrong.
public struct ProviderDocumentError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
