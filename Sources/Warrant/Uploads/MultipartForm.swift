/// A `multipart/form-data` body as read: its text fields and files in order, or why it is not a valid form.
struct MultipartForm: Sendable {
    /// The text fields (parts without a file name).
    var fields: [(name: String, value: String)] = []
    /// The files (parts with a file name).
    var files: [(name: String, file: UploadedFile)] = []
    /// Why the body is not a valid form, reported as a 422 at the body; `nil` when it is one.
    var failure: String?
}
