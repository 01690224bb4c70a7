import Foundation
import Warrant

/// A todo's attachment: one file per todo, sent as a form, replaced by the next upload.
@Routes(tag: "todos")
struct TodoAttachmentRoutes {
    let store: any TodoStore

    /// Attach a file to one of your todos.
    ///
    /// Sent as `multipart/form-data`, the way a browser's form and Swagger UI send files. A second upload
    /// replaces the first.
    /// - Parameters:
    ///   - id: The todo's identifier.
    ///   - upload: The file.
    /// - Returns: The attachment, described.
    @PUT("/todos/{id}/attachment", errors: TodoError.self)
    func attach(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64, @Body(multipart: true) upload: AttachmentUpload) async throws -> TodoAttachment {
        let file = upload.file
        let content = try await file.bytes(upTo: 1 << 20)
        let attachment = TodoAttachment(filename: AttachmentName.sanitized(file.filename), contentType: file.contentType, size: file.size, uploadedAt: Date())
        guard let stored = try await store.attach(attachment, content: Data(content.readableBytesView), to: id, for: request.proof) else {
            throw TodoError.notFound
        }
        return stored
    }

    /// Remove the attachment of one of your todos.
    /// - Parameter id: The todo's identifier.
    @DELETE("/todos/{id}/attachment", errors: TodoError.self)
    func detach(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> NoContent {
        guard try await store.detach(from: id, for: request.proof) else { throw TodoError.noAttachment }
        return NoContent()
    }
}
