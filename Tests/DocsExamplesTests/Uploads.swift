import Foundation
import NIOCore
import Testing
import Warrant
import WarrantTesting

// docs/03-bodies-schemas-validation.md, "Uploads"

/// A photo and what to say about it, sent as a form.
@Schema
struct PhotoUpload: Sendable {
    /// What the photo shows.
    @Length(1...200)
    var caption: String
    /// The photo: PNG or JPEG, at most 5 MiB.
    @MediaTypes("image/png", "image/jpeg") @MaxBytes(5 << 20)
    var photo: UploadedFile
    /// Words to find it by (a repeated field).
    var tags: [String] = []
    /// Whether others may see it.
    var shared: Bool = false
}

/// A stored photo.
@Schema
struct Photo: Sendable {
    /// The photo's number.
    var id: Int
    /// What the photo shows.
    var caption: String
    /// The file's name as the client gave it.
    var filename: String?
    /// The photo's media type.
    var contentType: String
    /// Its size in bytes.
    var size: Int
    /// Words to find it by.
    var tags: [String]
    /// Whether others may see it.
    var shared: Bool
}

/// Where photos go: a folder, one file per photo.
actor PhotoStore {
    let folder: String
    private(set) var photos: [Photo] = []

    init(folder: String) {
        self.folder = folder
    }

    /// Streams the upload into the folder and records it.
    func add(_ file: UploadedFile, caption: String, tags: [String], shared: Bool) async throws -> Photo {
        let photo = Photo(id: photos.count + 1, caption: caption, filename: file.filename, contentType: file.contentType, size: file.size, tags: tags, shared: shared)
        try await file.write(to: "\(folder)/\(photo.id)")
        photos.append(photo)
        return photo
    }
}

/// Photos.
@Routes(tag: "photos")
struct PhotoRoutes {
    let store: PhotoStore

    /// Upload a photo.
    /// - Parameter upload: The photo and its caption.
    @POST("/photos")
    func upload(_ request: Request<Unauthenticated>, @Body(multipart: true) upload: PhotoUpload) async throws -> Created<Photo> {
        let photo = try await store.add(upload.photo, caption: upload.caption, tags: upload.tags, shared: upload.shared)
        return Created(photo, location: "/photos/\(photo.id)")
    }

    /// Upload a photo as the raw body.
    /// - Parameter original: The image's bytes.
    @POST("/photos/raw")
    func uploadRaw(_ request: Request<Unauthenticated>, original: UploadedFile) async throws -> Created<Photo> {
        let photo = try await store.add(original, caption: "", tags: [], shared: false)
        return Created(photo, location: "/photos/\(photo.id)")
    }
}

@Suite("docs/03: uploads, multipart and raw, over HTTP")
struct UploadExamples {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-photos-\(UUID())").path
    let spool = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-spool-\(UUID())").path

    private func api(_ store: PhotoStore) throws -> API {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
        let limits = InputLimits(uploads: UploadLimits(maxBytes: 8 << 20, temporaryDirectory: spool))
        return API(info: APIInfo(title: "Photos", version: "1"), limits: limits) { $0.include(PhotoRoutes(store: store)) }
    }

    private func serve() async throws -> (TestClient, LiveServer, PhotoStore) {
        let store = PhotoStore(folder: folder)
        let server = try await LiveServer.start(try api(store))
        return (TestClient(transport: LiveTransport(server: server)), server, store)
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

    @Test("fields, a repeated field and a file arrive typed; the file is stored byte for byte")
    func upload() async throws {
        let (client, server, _) = try await serve()
        defer { server.stop() }
        let photo = try await client.post("/photos", multipart: [
            .field("caption", "Sunset"), .field("tags", "sea"), .field("tags", "evening"), .field("shared", "on"),
            .file("photo", filename: "sunset.png", contentType: "image/png", png(4096)),
        ]).expect(.created).decode(Photo.self)
        #expect(photo.caption == "Sunset" && photo.tags == ["sea", "evening"] && photo.shared)
        #expect(photo.filename == "sunset.png" && photo.contentType == "image/png" && photo.size == 4096)
        let stored = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/1"))
        #expect(stored == Data(png(4096).readableBytesView))
    }

    @Test("a file larger than memory's share goes through a temporary file, which is gone once the request ends")
    func spooled() async throws {
        let (client, server, _) = try await serve()
        defer { server.stop() }
        let big = png(3 << 20)
        let photo = try await client.post("/photos", multipart: [.field("caption", "Big"), .file("photo", filename: "big.png", contentType: "image/png", big)])
            .expect(.created).decode(Photo.self)
        #expect(photo.size == 3 << 20)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/1")) == Data(big.readableBytesView))
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
    }

    @Test("each invalid part is a 422 naming it", arguments: [
        ("photo", [FormPart.field("caption", "x"), .file("photo", filename: "a.gif", contentType: "image/gif", ByteBuffer(string: "GIF89a"))], "must be one of image/png, image/jpeg"),
        ("photo", [FormPart.field("caption", "x"), .field("photo", "not a file")], "must be a file"),
        ("caption", [FormPart.file("caption", filename: "c.txt", contentType: "text/plain", ByteBuffer(string: "x")), .file("photo", filename: "a.png", contentType: "image/png", ByteBuffer(string: "png"))], "is a file part"),
        ("caption", [FormPart.file("photo", filename: "a.png", contentType: "image/png", ByteBuffer(string: "png"))], "required"),
        ("shared", [FormPart.field("caption", "x"), .field("shared", "maybe"), .file("photo", filename: "a.png", contentType: "image/png", ByteBuffer(string: "png"))], "boolean"),
    ])
    func invalid(_ member: String, _ parts: [FormPart], _ message: String) async throws {
        let (client, server, store) = try await serve()
        defer { server.stop() }
        let problem = try await client.post("/photos", multipart: parts).expect(.unprocessableContent).problem()
        let issue = try #require(problem.violations.first { $0.pointer == "#/\(member)" }, "\(problem.violations)")
        #expect(issue.detail.contains(message), "\(issue.detail)")
        #expect(await store.photos.isEmpty)
    }

    // In process: over a socket, the server's early 413 and close can cut the client's send short (the
    // framework's tests show that refusal over a socket, mid-stream).
    @Test("an upload over the limit is refused with 413 before it is read, and nothing is stored")
    func tooLarge() async throws {
        let store = PhotoStore(folder: folder)
        let client = try TestClient(api: api(store))
        _ = try await client.post("/photos", multipart: [.field("caption", "First"), .file("photo", filename: "a.png", contentType: "image/png", png(64))]).expect(.created)
        let problem = try await client.post("/photos", multipart: [.field("caption", "Huge"), .file("photo", filename: "h.png", contentType: "image/png", png(9 << 20))])
            .expect(.contentTooLarge).problem()
        #expect(problem.detail?.contains("larger than \(8 << 20) bytes") == true)
        #expect(await store.photos.map(\.caption) == ["First"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
    }

    @Test("a raw body sent as application/octet-stream is the file; another type is a 415; no body is a 422")
    func raw() async throws {
        let (client, server, _) = try await serve()
        defer { server.stop() }
        let photo = try await client.send(.post, "/photos/raw", headers: [.contentType: "application/octet-stream"], body: png(100)).expect(.created).decode(Photo.self)
        #expect(photo.contentType == "application/octet-stream" && photo.size == 100 && photo.filename == nil)
        _ = try await client.send(.post, "/photos/raw", headers: [.contentType: "text/plain"], body: ByteBuffer(string: "x")).expect(.unsupportedMediaType)
        let missing = try await client.send(.post, "/photos/raw", headers: [.contentType: "application/octet-stream"]).expect(.unprocessableContent).problem()
        #expect(missing.violations.first?.location == "body" && missing.violations.first?.code == "missing")
    }

    @Test("the document shows a multipart body with a binary file, its media types in the encoding, and the raw body")
    func document() async throws {
        let (client, server, _) = try await serve()
        defer { server.stop() }
        let spec = try await client.get("/openapi.json").json()
        let multipart = try #require(spec["paths"]?["/photos"]?["post"]?["requestBody"]?["content"]?["multipart/form-data"])
        #expect(multipart["schema"]?["$ref"] == .string("#/components/schemas/PhotoUpload"))
        #expect(multipart["encoding"]?["photo"]?["contentType"] == .string("image/png, image/jpeg"))
        let photo = try #require(spec["components"]?["schemas"]?["PhotoUpload"]?["properties"]?["photo"])
        #expect(photo["type"] == .string("string") && photo["format"] == .string("binary"))
        #expect(photo["x-max-bytes"]?.numberValue?.int == 5 << 20)
        let raw = try #require(spec["paths"]?["/photos/raw"]?["post"]?["requestBody"]?["content"])
        #expect(raw["application/octet-stream"]?["schema"]?["format"] == .string("binary"))
    }
}
