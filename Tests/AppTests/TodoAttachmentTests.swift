import Foundation
import NIOCore
import Testing
@testable import App
import WarrantTesting

/// A todo's attachment, uploaded as a form and kept in PostgreSQL.
@Suite("Todo attachments")
struct TodoAttachmentTests {
    private func todo(_ app: TestApp, of member: String = "alice") async throws -> Int64 {
        try await app.client.post("/todos", json: #"{"title":"with a file"}"#, as: .member(member)).decode(Todo.self).id
    }

    private func png(_ size: Int) -> ByteBuffer {
        var bytes = ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47])
        // Every byte value (carriage returns and dashes among them, which a multipart parser must tell
        // from a boundary), repeated: fast to build even in a debug build.
        let pattern = (0...255).map { UInt8(($0 * 167) % 256) }
        while bytes.readableBytes + 256 <= size { bytes.writeBytes(pattern) }
        bytes.writeBytes(pattern.prefix(size - bytes.readableBytes))
        return bytes
    }

    @Test("attach, replace, detach: the attachment is described, a second upload replaces it, a path becomes its last name")
    func lifecycle() async throws {
        let app = try await TestApp()
        let id = try await todo(app)
        let first = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: "plan.txt", contentType: "text/plain", ByteBuffer(string: "step one"))], as: .member("alice"))
            .expect(.ok).decode(TodoAttachment.self)
        #expect(first.filename == "plan.txt" && first.contentType == "text/plain" && first.size == 8)
        let second = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: #"C:\Users\me\photo.png"#, contentType: "image/png", png(300_000))], as: .member("alice"))
            .expect(.ok).decode(TodoAttachment.self)
        #expect(second.filename == "photo.png" && second.contentType == "image/png" && second.size == 300_000)
        #expect(second.uploadedAt >= first.uploadedAt)
        _ = try await app.client.delete("/todos/\(id)/attachment", as: .member("alice")).expect(.noContent)
        let gone = try await app.client.delete("/todos/\(id)/attachment", as: .member("alice")).expect(.notFound).problem()
        #expect(gone.title.hasPrefix("No attachment"))
    }

    @Test("another member's todo is a 404, and its attachment is left as it was")
    func otherMembers() async throws {
        let app = try await TestApp()
        let id = try await todo(app)
        _ = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: "a.txt", contentType: "text/plain", ByteBuffer(string: "alice"))], as: .member("alice")).expect(.ok)
        let refused = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: "b.txt", contentType: "text/plain", ByteBuffer(string: "bob"))], as: .member("bob"))
        #expect(try refused.expect(.notFound).problem().title.hasPrefix("Todo not found"))
        _ = try await app.client.delete("/todos/\(id)/attachment", as: .member("bob")).expect(.notFound)
        _ = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: "a.txt", contentType: "text/plain", ByteBuffer(string: "x"))]).expect(.unauthorized)
        _ = try await app.client.delete("/todos/\(id)/attachment", as: .member("alice")).expect(.noContent)
    }

    @Test("a file of another type, or over 1 MiB, is a 422 at #/file; a missing todo is a 404")
    func refusals() async throws {
        let app = try await TestApp()
        let id = try await todo(app)
        let gif = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: "a.gif", contentType: "image/gif", ByteBuffer(string: "GIF89a"))], as: .member("alice"))
            .expect(.unprocessableContent).problem()
        #expect(gif.pointers == ["#/file"])
        let big = try await app.client.put("/todos/\(id)/attachment", multipart: [.file("file", filename: "big.png", contentType: "image/png", png((1 << 20) + 1))], as: .member("alice"))
            .expect(.unprocessableContent).problem()
        #expect(big.violations.first?.detail == "must be at most 1048576 bytes, not 1048577")
        _ = try await app.client.put("/todos/999999/attachment", multipart: [.file("file", filename: "a.txt", contentType: "text/plain", ByteBuffer(string: "x"))], as: .member("alice"))
            .expect(.notFound)
        _ = try await app.client.delete("/todos/\(id)/attachment", as: .member("alice")).expect(.notFound)
    }

    @Test("file names: the last path component, no control characters, at most 255 characters")
    func names() {
        #expect(AttachmentName.sanitized("../../etc/passwd") == "passwd")
        #expect(AttachmentName.sanitized("re\u{0}port\u{202E}.pdf ") == "report.pdf")
        #expect(AttachmentName.sanitized(String(repeating: "a", count: 300))?.count == 255)
        #expect(AttachmentName.sanitized("/") == nil && AttachmentName.sanitized("dir/") == "dir" && AttachmentName.sanitized("..") == nil && AttachmentName.sanitized(nil) == nil)
    }
}
