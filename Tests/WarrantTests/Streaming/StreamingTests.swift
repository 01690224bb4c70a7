import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import Warrant
import WarrantJSON
import WarrantTesting

/// Streamed answers in-process: the event-stream and NDJSON formats, `HEAD`, a source failing mid-way,
/// and the access log of a stream.
@Suite("Streaming responses")
struct StreamingTests {
    private func api(_ routes: StreamRoutes = StreamRoutes(probe: StreamProbe())) -> API {
        API(info: APIInfo(title: "Streams", version: "1")) { $0.include(routes) }
    }

    @Test("id, event and retry are written as fields; line breaks in them cannot add fields")
    func eventFields() async throws {
        let client = try TestClient(api: api())
        let response = try await client.get("/events/fields")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/event-stream")
        #expect(response.text == """
            id: 1
            event: tick
            retry: 1500
            data: {"number":1,"note":"plain"}

            id: 2data: forged
            event: tickid: forged
            data: {"number":2,"note":"two\\nlines"}

            data: {"number":3,"note":"last"}


            """)
    }

    @Test("a value whose JSON spans lines is sent as one data line per line; retry is whole milliseconds")
    func multiLineData() {
        struct Lines: JSONEncodableValue {
            func encode(to writer: inout JSONWriter) { writer.buffer.writeString("[1,\n2\r\n]") }
        }
        #expect(SSEField.milliseconds(.seconds(-1)) == 0)
        #expect(SSEField.milliseconds(.milliseconds(2500)) == 2500)
        #expect(SSEField.clean("a\r\nb\0c", droppingNUL: true) == "abc")
        #expect(SSEField.clean("a\0c", droppingNUL: false) == "a\0c")
        let event = ServerSentEvent(data: Tick(number: 1, note: "x"), id: "7", event: nil, retry: nil)
        #expect(String(buffer: event.encoded()) == "id: 7\ndata: {\"number\":1,\"note\":\"x\"}\n\n")
    }

    @Test("NDJSON: one compact JSON value per line, line breaks inside values escaped")
    func ndjson() async throws {
        let client = try TestClient(api: api())
        let response = try await client.get("/ticks.ndjson")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/x-ndjson")
        #expect(response.text == (1...3).map { #"{"number":\#($0),"note":"line \#($0)\nwith a break"}"# + "\n" }.joined())
    }

    @Test("HEAD on an endless event stream answers the head at once")
    func headDoesNotHang() async throws {
        let probe = StreamProbe()
        let client = try TestClient(api: api(StreamRoutes(probe: probe)))
        let response = try await client.send(.head, "/events")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/event-stream")
        #expect(response.body.readableBytes == 0)
    }

    @Test("a source failing mid-stream ends the body early and is logged once, by type only")
    func failingSource() async throws {
        let logs = CapturedLogs()
        let transport = try InProcessTransport(api: api(), logger: logs.logger())
        await #expect(throws: (any Error).self) {
            _ = try await transport.send(HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/events/failing"), body: nil)
        }
        let failures = logs.all.filter { $0.contains("response stream failed") }
        #expect(failures.count == 1, "\(logs.all)")
        #expect(failures.first?.contains("StreamFailure") == true)
    }

    @Test("the test client's contract check validates each streamed item against x-item-schema")
    func contractChecksItems() throws {
        let checker = ContractChecker(specification: try api().specification())
        func drift(_ path: String, _ contentType: String, _ body: String) -> [String] {
            checker.drift(method: .get, path: path, response: TestResponse(status: .ok, headers: [.contentType: contentType], body: ByteBuffer(string: body)))
        }
        #expect(drift("/ticks.ndjson", "application/x-ndjson", #"{"number":1,"note":"a"}"# + "\n").isEmpty)
        #expect(drift("/ticks.ndjson", "application/x-ndjson", #"{"number":"one","note":"a"}"# + "\nnot json\n").count == 2)
        #expect(drift("/events", "text/event-stream", ": keep-alive\n\nid: 1\ndata: {\"number\":1,\"note\":\"a\"}\n\n").isEmpty)
        #expect(drift("/events", "text/event-stream", "data: {\"number\":1}\n\n").count == 1, "a missing member breaks the item schema")
        #expect(drift("/events", "application/json", "{}").count == 1, "another media type than the documented one")
        #expect(drift("/bytes", "application/octet-stream", "\u{7F}binary").isEmpty)
    }

    @Test("the access log records a stream when it ends, with the bytes written")
    func accessLogOfStream() async throws {
        let logs = CapturedLogs()
        var api = api()
        api.operations = OperationsOptions(accessLog: true)
        api.accessLogger = logs.logger()
        let client = try TestClient(api: api)
        let response = try await client.get("/ticks.ndjson")
        let line = try #require(logs.all.first { $0.contains("/ticks.ndjson") })
        #expect(line.contains("\(response.body.readableBytes)"), "\(line)")
    }
}
