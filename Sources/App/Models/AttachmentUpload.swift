import Warrant

/// A file to attach to a todo, sent as `multipart/form-data`.
@Schema
struct AttachmentUpload: Sendable {
    /// The file: PNG, JPEG, PDF or plain text, at most 1 MiB. It replaces the todo's attachment, if any.
    @MediaTypes("image/png", "image/jpeg", "application/pdf", "text/plain") @MaxBytes(1 << 20)
    var file: UploadedFile
}
