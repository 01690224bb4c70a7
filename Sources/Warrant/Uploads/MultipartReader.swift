import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body as it streams in: text fields into memory, files through an
/// ``UploadSpooler`` each, every limit of ``UploadLimits`` checked as bytes arrive.
///
/// Too much of anything is a 413 at once (the rest of the body is not read, temporary files are deleted);
/// a body that is not a valid form is read to its end (within the limit) and reported as a 422.
struct MultipartReader {
    /// What MultipartKit's parser reports, queued by its callbacks and handled after each chunk (the
    /// callbacks cannot wait for a file write).
    private enum Event {
        case header(String, String)
        case body(ByteBuffer)
        case partEnd
    }

    /// The callbacks' queue; used by the one task reading the body.
    private final class EventQueue {
        var events: [Event] = []
    }

    /// The part being read.
    private enum OpenPart {
        case field(name: String, bytes: ByteBuffer)
        case file(name: String, spooler: UploadSpooler)
    }

    /// The most bytes parsed without suspending.
    private static let sliceBytes = 64 << 10

    private let limits: UploadLimits
    private(set) var form = MultipartForm()
    private var headers = PartHeaders()
    private var part: OpenPart?
    private var partCount = 0
    /// Bytes of whole chunks that held nothing but part headers (or preamble): the parser keeps header
    /// lines in memory, so they are bounded too.
    private var headerOnlyBytes = 0

    private init(limits: UploadLimits) {
        self.limits = limits
    }

    /// The form; throws 415 for another media type or no boundary, 413 past a limit, 408 when too slow.
    static func read(_ request: HummingbirdCore.Request, limits: InputLimits) async throws -> MultipartForm {
        let contentType = request.headers[.contentType]
        guard RequestBodyReader.mediaType(contentType) == "multipart/form-data",
              let boundary = contentType.flatMap({ HeaderParameters.parse($0)["boundary"] }),
              (1...70).contains(boundary.utf8.count)
        else {
            throw Problem(status: .unsupportedMediaType, detail: "Send the body with 'Content-Type: multipart/form-data; boundary=…'.")
        }
        let uploads = limits.uploads
        if let length = request.headers[.contentLength].flatMap(Int.init), length > uploads.maxBytes {
            throw RequestBodyReader.tooLarge(uploads.maxBytes)
        }
        let queue = EventQueue()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { queue.events.append(.header($0, $1)) }
        parser.onBody = { queue.events.append(.body($0)) }
        parser.onPartComplete = { queue.events.append(.partEnd) }

        var reader = MultipartReader(limits: uploads)
        var headerGuard = MultipartHeaderGuard(boundary: boundary)
        let deadline = ContinuousClock.now.advanced(by: limits.requestTimeout)
        var received = 0
        do {
            for try await chunk in request.body {
                received += chunk.readableBytes
                guard received <= uploads.maxBytes else { throw RequestBodyReader.tooLarge(uploads.maxBytes) }
                guard ContinuousClock.now <= deadline else { throw RequestBodyReader.tooSlow }
                // A chunk is parsed in slices, suspending between them: a whole body in one buffer (a test
                // client's, a Lambda event's) does not hold a thread the other requests share.
                var rest = chunk
                while reader.form.failure == nil, let slice = rest.readSlice(length: Swift.min(rest.readableBytes, Self.sliceBytes)) {
                    guard headerGuard.admits(slice) else {
                        await reader.fail("is not valid multipart/form-data: a part's header name is not ASCII")
                        break
                    }
                    do {
                        try parser.execute(slice)
                    } catch {
                        await reader.fail("is not valid multipart/form-data: a part's headers are malformed")
                        break
                    }
                    let events = queue.events
                    queue.events.removeAll(keepingCapacity: true)
                    try await reader.handle(events, chunkBytes: slice.readableBytes)
                    if rest.readableBytes > 0 { await Task.yield() }
                    if rest.readableBytes == 0 { break }
                }
            }
            if reader.form.failure == nil, reader.part != nil || !Self.isClosed(parser, queue, boundary: boundary) {
                await reader.fail("is not valid multipart/form-data: the body ends before its closing boundary '--\(boundary)--'")
            }
        } catch {
            await reader.fail("")
            throw error
        }
        return reader.form
    }

    /// Whether the parser has read the closing delimiter: fed one more delimiter, a parser past the end
    /// ignores it, while one inside a part or its headers reports something or fails.
    private static func isClosed(_ parser: MultipartParser, _ queue: EventQueue, boundary: String) -> Bool {
        queue.events.removeAll()
        do {
            try parser.execute("\r\n--\(boundary)--\r\n")
        } catch {
            return false
        }
        return queue.events.isEmpty
    }

    private mutating func handle(_ events: [Event], chunkBytes: Int) async throws {
        headerOnlyBytes = events.contains { if case .header = $0 { false } else { true } } || part != nil ? 0 : headerOnlyBytes + chunkBytes
        if headerOnlyBytes > limits.maxPartHeaderBytes + (64 << 10) { throw Self.tooLarge("a part's headers are larger than \(limits.maxPartHeaderBytes) bytes") }
        for event in Self.coalesced(events) where form.failure == nil {
            switch event {
            case .header(let name, let value):
                headers.append(name: name, value: value)
                if headers.byteCount > limits.maxPartHeaderBytes {
                    throw Self.tooLarge("a part's headers are larger than \(limits.maxPartHeaderBytes) bytes")
                }
            case .body(let bytes):
                if part == nil { try begin() }
                try await append(bytes)
            case .partEnd:
                if part == nil { try begin() }
                try await end()
            }
        }
    }

    /// `events` with each run of body pieces joined: the parser reports a piece at every carriage return,
    /// which in binary data is every few hundred bytes, and each would otherwise be a write of its own.
    private static func coalesced(_ events: [Event]) -> [Event] {
        var joined: [Event] = []
        var run: ByteBuffer?
        for event in events {
            if case .body(var piece) = event {
                if run == nil { run = piece } else { run?.writeBuffer(&piece) }
                continue
            }
            if let body = run { joined.append(.body(body)) }
            run = nil
            joined.append(event)
        }
        if let body = run { joined.append(.body(body)) }
        return joined
    }

    /// Opens the part its headers describe.
    private mutating func begin() throws {
        partCount += 1
        guard partCount <= limits.maxParts else { throw Self.tooLarge("the form has more than \(limits.maxParts) parts") }
        guard let disposition = headers.disposition() else {
            form.failure = "is not valid multipart/form-data: part \(partCount) has no 'Content-Disposition: form-data; name=\"…\"'"
            return
        }
        if let filename = disposition.filename {
            let contentType = headers.contentType ?? "application/octet-stream"
            part = .file(name: disposition.name, spooler: UploadSpooler(limits: limits, filename: filename, contentType: contentType))
        } else {
            part = .field(name: disposition.name, bytes: ByteBuffer())
        }
    }

    private mutating func append(_ bytes: ByteBuffer) async throws {
        switch part {
        case .field(let name, var field):
            guard field.readableBytes + bytes.readableBytes <= limits.maxFieldBytes else {
                throw Self.tooLarge("the field '\(name.prefix(64))' is larger than \(limits.maxFieldBytes) bytes")
            }
            part = nil  // keeps the buffer uniquely referenced while it grows
            var bytes = bytes
            field.writeBuffer(&bytes)
            part = .field(name: name, bytes: field)
        case .file(let name, var spooler):
            guard spooler.size + bytes.readableBytes <= limits.maxPartBytes else {
                await spooler.abandon()
                part = nil
                throw Self.tooLarge("the file '\(name.prefix(64))' is larger than \(limits.maxPartBytes) bytes")
            }
            part = nil
            do {
                try await spooler.append(bytes)
            } catch {
                await spooler.abandon()
                throw error
            }
            part = .file(name: name, spooler: spooler)
        case nil:
            return
        }
    }

    private mutating func end() async throws {
        defer {
            part = nil
            headers = PartHeaders()
        }
        switch part {
        case .field(let name, let bytes):
            guard let text = String(validating: bytes.readableBytesView, as: UTF8.self) else {
                form.failure = "is not valid multipart/form-data: the field '\(name.prefix(64))' is not UTF-8 text"
                return
            }
            form.fields.append((name, text))
        case .file(let name, var spooler):
            part = nil
            let file = try await spooler.finish()
            // A browser sends a file input left empty as a part with `filename=""` and no bytes.
            if file.size == 0, file.filename?.isEmpty ?? true { return }
            form.files.append((name, file))
        case nil:
            return
        }
    }

    /// Stops reading parts: the open file's temporary file is deleted; the form reports `message` (a
    /// refusal passes an empty one, the form being dropped).
    private mutating func fail(_ message: String) async {
        if case .file(_, var spooler) = part { await spooler.abandon() }
        part = nil
        form.files.removeAll()
        form.failure = message
    }

    private static func tooLarge(_ detail: String) -> Problem {
        Problem(status: .contentTooLarge, detail: "The upload is too large: \(detail).")
    }
}
