import Warrant

/// Why a todo operation failed.
@Problems
enum TodoError: Error {
    /// Todo not found.
    ///
    /// No todo has this id, or it belongs to someone else.
    @Status(404) case notFound
    /// No attachment.
    ///
    /// The todo has no file attached.
    @Status(404) case noAttachment
}
