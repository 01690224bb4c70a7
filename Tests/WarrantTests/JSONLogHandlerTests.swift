import Foundation
import Logging
import Synchronization
import Testing
@testable import Warrant

@Suite("Structured JSON logs")
struct JSONLogHandlerTests {
    @Test("one JSON object per line: time, level, logger, message, then the metadata sorted by key")
    func format() throws {
        let lines = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "api", level: .info) { bytes in
            lines.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) }
        }
        handler[metadataKey: "request_id"] = "abc-1"
        var logger = Logger(label: "api") { _ in handler }
        logger.logLevel = .info
        logger.info("request failed", metadata: ["status": "503", "note": "line\nbreak \"quoted\""])
        logger.debug("not written")
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.hasSuffix("}\n"))
        #expect(!line.dropLast().contains("\n"), "a message or value with a newline stays on one line")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["level"] == "info")
        #expect(object["logger"] == "api")
        #expect(object["message"] == "request failed")
        #expect(object["request_id"] == "abc-1")
        #expect(object["note"] == "line\nbreak \"quoted\"")
        #expect(object["ts"]?.hasSuffix("Z") == true)
    }
}
