import Warrant

/// Why an API key operation failed.
@Problems
enum APIKeyError: Error {
    /// API key not found.
    ///
    /// No API key has this id.
    @Status(404) case notFound
}
