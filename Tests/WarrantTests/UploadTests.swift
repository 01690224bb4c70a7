import Foundation
import NIOCore
import Testing
@testable import Warrant
import WarrantJSON
import WarrantTesting

/// A form with every kind of field.
@Schema
struct KitchenSinkForm: Sendable {
    /// A number.
    var count: Int
    /// A flag.
    var enabled: Bool = false
    /// A nested object, sent as JSON text.
    var address: ShippingLabel?
    /// An optional number an HTML form may leave empty.
    var limit: Int?
    /// Any number of files.
    var attachments: [UploadedFile] = []
}

/// A nested object of a form.
@Schema
struct ShippingLabel: Sendable {
    /// The city.
    var city: String
}

/// What a form was read as.
@Schema
struct FormSummary: Sendable {
    /// The fields, described.
    var text: String
}

/// One route that takes a form.
@Routes(tag: "forms")
struct KitchenSinkRoutes {
    /// Take the form.
    /// - Parameter form: The form.
    @POST("/forms")
    func take(_ request: Request<Unauthenticated>, @Body(multipart: true) form: KitchenSinkForm) async throws -> FormSummary {
        var sizes: [String] = []
        for file in form.attachments {
            var total = 0
            for try await chunk in file.chunks(of: 1000) { total += chunk.readableBytes }
            sizes.append("\(file.filename ?? "-"):\(total)")
        }
        return FormSummary(text: "\(form.count) \(form.enabled) \(form.address?.city ?? "-") \(form.limit.map(String.init) ?? "-") \(sizes.joined(separator: ","))")
    }

    /// Take an image as the raw body.
    /// - Parameter image: The image.
    @PUT("/image")
    func image(_ request: Request<Unauthenticated>, @Body(mediaTypes: ["image/png", "image/*"]) image: UploadedFile) -> FormSummary {
        FormSummary(text: "\(image.contentType) \(image.size)")
    }
}

/// A form that puts a file rule on text: refused at start-up.
@Schema
struct MisdeclaredForm: Sendable {
    /// A name.
    @MediaTypes("image/png")
    var name: String
}

/// A route taking the misdeclared form.
@Routes(tag: "forms")
struct MisdeclaredUploadRoutes {
    /// Take it.
    /// - Parameter form: The form.
    @POST("/misdeclared")
    func take(_ request: Request<Unauthenticated>, @Body(multipart: true) form: MisdeclaredForm) -> FormSummary {
        FormSummary(text: form.name)
    }
}

@Suite("Uploads: multipart parsing, limits and temporary files")
struct UploadTests {
    let spool = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-upload-tests-\(UUID())").path

    private func api(_ uploads: UploadLimits = UploadLimits()) throws -> API {
        try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
        var uploads = uploads
        uploads.temporaryDirectory = spool
        return API(info: APIInfo(title: "Forms", version: "1"), limits: InputLimits(uploads: uploads)) { $0.include(KitchenSinkRoutes()) }
    }

    private func post(_ client: TestClient, body: String, boundary: String = "b0undary") async throws -> TestResponse {
        try await client.send(.post, "/forms", headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(string: body))
    }

    @Test("fields are typed by their property: numbers, on/off, JSON objects, empty optionals, repeated files")
    func typedFields() async throws {
        let client = try TestClient(api: api())
        let summary = try await client.post("/forms", multipart: [
            .field("count", "42"), .field("enabled", "on"), .field("address", #"{"city":"Lyon"}"#), .field("limit", ""),
            .file("attachments", filename: "a.txt", ByteBuffer(string: "hello")), .file("attachments", filename: "b.bin", ByteBuffer(repeating: 7, count: 2500)),
            .file("attachments", filename: "", ByteBuffer()),  // an empty file input: absent
            .field("unknown", "1"), .field("unknown", "2"), .file("stray", filename: "s", ByteBuffer(string: "s")),  // ignored, as in JSON
        ]).expect(.ok).decode(FormSummary.self)
        #expect(summary.text == "42 true Lyon - a.txt:5,b.bin:2500")
    }

    @Test("a number that is not one, and a repeated single field, are 422s at their names")
    func fieldIssues() async throws {
        let client = try TestClient(api: api())
        let problem = try await client.post("/forms", multipart: [.field("count", "many"), .field("enabled", "true"), .field("enabled", "false")])
            .expect(.unprocessableContent).problem()
        #expect(Set(problem.violations.compactMap(\.pointer)) == ["#/enabled"], "a repeat is reported before decoding: \(problem.violations)")
        let second = try await client.post("/forms", multipart: [.field("count", "many")]).expect(.unprocessableContent).problem()
        #expect(second.violations.map(\.pointer) == ["#/count"])
    }

    @Test("bodies that are not valid forms are 422s saying why", arguments: [
        ("--b0undary\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n1\r\n", "ends before its closing boundary"),
        ("--b0undary\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n1", "ends before its closing boundary"),
        ("no boundary anywhere", "ends before its closing boundary"),
        ("--b0undary\r\nContent-Type: text/plain\r\n\r\n1\r\n--b0undary--\r\n", "has no 'Content-Disposition"),
        ("--b0undary\r\nBad Header\r\n\r\n1\r\n--b0undary--\r\n", "headers are malformed"),
        ("--b0undary\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n\u{FF}\r\n--b0undary--\r\n", "is not UTF-8"),
    ])
    func malformed(_ body: String, _ message: String) async throws {
        var bytes = ByteBuffer(string: body)
        if message == "is not UTF-8" {  // a lone 0xFF byte, which a Swift string cannot hold
            bytes = ByteBuffer(string: "--b0undary\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n")
            bytes.writeInteger(UInt8(0xFF))
            bytes.writeString("\r\n--b0undary--\r\n")
        }
        let client = try TestClient(api: api())
        let response = try await client.send(.post, "/forms", headers: [.contentType: "multipart/form-data; boundary=b0undary"], body: bytes)
        let problem = try response.expect(.unprocessableContent).problem()
        #expect(problem.violations.first?.code == "multipart")
        #expect(problem.violations.first?.detail.contains(message) == true, "\(problem.violations)")
    }

    @Test("a byte past ASCII in a part's header name is a 422, wherever it falls; in a header value it is read (a UTF-8 file name)", arguments: [0, 1, 2, 3])
    func nonASCIIHeaderNames(_ placement: Int) async throws {
        // MultipartKit 4.7.1's parser stops the process on such a byte (an index past its table), so
        // MultipartHeaderGuard refuses it before the parser reads it.
        let field = "Content-Disposition: form-data; name=\"count\"\r\n\r\n1\r\n"
        var bytes = ByteBuffer()
        switch placement {
        case 0:  // the first header line of the first part
            bytes.writeString("--b0undary\r\n")
        case 1:  // after a valid header line
            bytes.writeString("--b0undary\r\nContent-Type: text/plain\r\n")
        case 2:  // the second part, its delimiter straddling the parser's 64 KiB slices
            bytes.writeString("--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n")
            bytes.writeString(String(repeating: "a", count: 65_536 - bytes.readableBytes - 6))
            bytes.writeString("\r\n--b0undary\r\n")
        default:  // after a first-part "close" the parser did not take as one (no line break before it)
            bytes.writeString("--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx--b0undary--\r\n--b0undary\r\n")
        }
        bytes.writeBytes([0xF3, 0x9E, 0xA3, 0x93, 0x09])
        bytes.writeString("--b0undary--\r\n" + field)
        let client = try TestClient(api: api())
        let response = try await client.send(.post, "/forms", headers: [.contentType: "multipart/form-data; boundary=b0undary"], body: bytes)
        let problem = try response.expect(.unprocessableContent).problem()
        #expect(problem.violations.first?.detail.contains("header name is not ASCII") == true, "\(problem.violations)")
        // The server is still there, and a UTF-8 file name in a header value is read.
        let utf8Name = "--b0undary\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n2\r\n--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"attachments\"; filename=\"naïve résumé.txt\"\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b0undary--\r\n"
        let named = try await client.send(.post, "/forms", headers: [.contentType: "multipart/form-data; boundary=b0undary"], body: ByteBuffer(string: utf8Name))
        #expect(try named.expect(.ok).decode(FormSummary.self).text.hasSuffix("naïve résumé.txt:2"), "\(named.text)")
    }

    @Test("another media type, or multipart without a boundary, is a 415")
    func mediaType() async throws {
        let client = try TestClient(api: api())
        for contentType in ["application/json", "multipart/form-data", "multipart/mixed; boundary=x"] {
            let problem = try await client.send(.post, "/forms", headers: [.contentType: contentType], body: ByteBuffer(string: "{}"))
                .expect(.unsupportedMediaType).problem()
            #expect(problem.detail?.contains("multipart/form-data; boundary=") == true)
        }
    }

    @Test("a raw body takes the media types it declares (ranges too), and its document lists each")
    func rawMediaTypes() async throws {
        let client = try TestClient(api: api())
        let png = try await client.send(.put, "/image", headers: [.contentType: "image/png"], body: ByteBuffer(string: "png")).expect(.ok).decode(FormSummary.self)
        #expect(png.text == "image/png 3")
        let webp = try await client.send(.put, "/image", headers: [.contentType: "image/webp; q=1"], body: ByteBuffer(string: "webp!")).expect(.ok).decode(FormSummary.self)
        #expect(webp.text == "image/webp 5")
        let refused = try await client.send(.put, "/image", headers: [.contentType: "application/octet-stream"], body: ByteBuffer(string: "x")).expect(.unsupportedMediaType).problem()
        #expect(refused.detail == "Send the body with 'Content-Type: image/png' or 'image/*'.")
        let content = try #require(try await client.get("/openapi.json").json()["paths"]?["/image"]?["put"]?["requestBody"]?["content"]?.objectValue)
        #expect(Set(content.members.map(\.key)) == ["image/png", "image/*"])
    }

    @Test("too many parts, too large a field, too large a file: 413, and no temporary file left")
    func limits() async throws {
        let client = try TestClient(api: api(UploadLimits(maxPartBytes: 20_000, maxFieldBytes: 100, maxParts: 3, memoryThreshold: 1000)))
        let parts = try await client.post("/forms", multipart: (0..<4).map { FormPart.field("count", "\($0)") }).expect(.contentTooLarge).problem()
        #expect(parts.detail?.contains("more than 3 parts") == true)
        let field = try await client.post("/forms", multipart: [.field("count", String(repeating: "1", count: 101))]).expect(.contentTooLarge).problem()
        #expect(field.detail?.contains("the field 'count' is larger than 100 bytes") == true)
        // Past the memory threshold (so on disk), then past the part's limit.
        let file = try await client.post("/forms", multipart: [.field("count", "1"), .file("attachments", filename: "big", ByteBuffer(repeating: 1, count: 30_000))])
            .expect(.contentTooLarge).problem()
        #expect(file.detail?.contains("the file 'attachments' is larger than 20000 bytes") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
    }

    @Test("a streamed upload past the limit is answered 413 while it is still being sent, and its temporary file is deleted")
    func refusedEarly() async throws {
        let server = try await LiveServer.start(api(UploadLimits(maxBytes: 1 << 20, memoryThreshold: 1000)))
        defer { server.stop() } // Keeps the server alive to the end: Swift may release it after its last use.
        let socket = try RawSocket(port: server.port)
        try socket.send("POST /forms HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n")
        let head = "--b\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"endless\"\r\n\r\n"
        try socket.send(String(head.utf8.count, radix: 16) + "\r\n" + head + "\r\n")
        // Sent from a thread of its own: a blocking send must not hold one of the few cooperative threads
        // the server in this process needs.
        let sent = await withCheckedContinuation { continuation in
            Thread {
                let chunk = String(repeating: "x", count: 64 << 10)
                var sent = 0
                // A 64 MiB body in all: the answer must come long before, allowing for what the kernel buffers.
                while sent < 64 << 20, !socket.hasDataWaiting() {
                    // The server may answer and close while a chunk is on its way.
                    guard socket.trySend(String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n") else { break }
                    sent += chunk.utf8.count
                    if sent > 1 << 20 { Thread.sleep(forTimeInterval: 0.005) }
                }
                continuation.resume(returning: sent)
            }.start()
        }
        let answer = await socket.receive()
        #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(200))")
        #expect(sent < 16 << 20, "answered after \(sent) bytes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
    }

    @Test("a file past the memory threshold is on disk while referenced, and deleted with its last reference")
    func spooling() async throws {
        try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
        var spooler = UploadSpooler(limits: UploadLimits(memoryThreshold: 10, temporaryDirectory: spool), filename: "f", contentType: "text/plain")
        try await spooler.append(ByteBuffer(string: "0123456789"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty, "at the threshold, still in memory")
        try await spooler.append(ByteBuffer(string: "abcdef"))
        var file: UploadedFile? = try await spooler.finish()
        let names = try FileManager.default.contentsOfDirectory(atPath: spool)
        #expect(names.count == 1 && names[0].hasPrefix("warrant-upload-"))
        let attributes = try FileManager.default.attributesOfItem(atPath: "\(spool)/\(names[0])")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let whole = try await #require(file).bytes()
        #expect(String(buffer: whole) == "0123456789abcdef")
        var chunks: [String] = []
        for try await chunk in try #require(file).chunks(of: 6) { chunks.append(String(buffer: chunk)) }
        #expect(chunks == ["012345", "6789ab", "cdef"])
        await #expect(throws: UploadedFileError.tooLarge(size: 16, limit: 4)) { try await file?.bytes(upTo: 4) }
        file = nil
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
    }

    @Test("@MediaTypes on a text property stops start-up, naming the property")
    func misdeclared() throws {
        let api = API(info: APIInfo(title: "Forms", version: "1")) { $0.include(MisdeclaredUploadRoutes()) }
        #expect { try api.specification() } throws: { "\($0)".contains("property 'name': @MediaTypes applies to UploadedFile properties only") }
    }

    @Test("Content-Disposition parameters: quoted with escapes, tokens, RFC 8187 file names")
    func dispositionParameters() {
        let quoted = HeaderParameters.parse(#"form-data; name="a \"b\""; filename="c;d.png""#)
        #expect(quoted.value == "form-data" && quoted["name"] == #"a "b""# && quoted["filename"] == "c;d.png")
        #expect(HeaderParameters.parse(#"form-data; filename="C:\dir\a.png""#)["filename"] == #"C:\dir\a.png"#)
        let token = HeaderParameters.parse("form-data ; NAME=plain")
        #expect(token["name"] == "plain")
        var headers = PartHeaders()
        headers.append(name: "Content-Disposition", value: #"form-data; name="f"; filename="fallback.txt"; filename*=UTF-8''na%C3%AFve.txt"#)
        #expect(headers.disposition()?.filename == "naïve.txt")
        #expect(HeaderParameters.extendedValue("latin1''x") == nil && HeaderParameters.extendedValue("UTF-8''%ZZ") == nil)
    }
}
