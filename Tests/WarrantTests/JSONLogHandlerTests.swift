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

    /// A handler whose lines are kept, each parsed.
    static func capturing(label: String = "warrant.access") -> (JSONLogHandler, @Sendable () throws -> [[String: Any]]) {
        let lines = Mutex<[[UInt8]]>([])
        let handler = JSONLogHandler(label: label, level: .info) { bytes in lines.withLock { $0.append(bytes) } }
        return (handler, {
            try lines.withLock { $0 }.map { bytes in
                try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            }
        })
    }

    static let line = AccessLine(
        method: .patch, route: "/todos/{id}", status: 422, nanoseconds: 1_234_567, bytes: 321,
        requestID: "req-\"1\"", subject: "alice"
    )

    @Test("an access line written directly is the line the metadata path writes, numbers as numbers")
    func accessLineDirect() throws {
        let (handler, parsed) = Self.capturing()
        handler.log(access: Self.line)
        Logger(label: "warrant.access") { _ in handler }.info("request", metadata: Self.line.metadata)
        let objects = try parsed()
        try #require(objects.count == 2)
        let direct = objects[0], viaMetadata = objects[1]
        #expect(direct["duration_ms"] as? Double == 1.234)
        #expect(direct["status"] as? Int == 422 && direct["bytes"] as? Int == 321)
        #expect(direct["method"] as? String == "PATCH" && direct["route"] as? String == "/todos/{id}")
        #expect(direct["request_id"] as? String == #"req-"1""# && direct["subject"] as? String == "alice")
        #expect(direct["message"] as? String == "request" && direct["level"] as? String == "info")
        // Everything but the time is the same, member for member.
        var withoutTime = direct, otherWithoutTime = viaMetadata
        withoutTime["ts"] = nil; otherWithoutTime["ts"] = nil
        #expect(NSDictionary(dictionary: withoutTime).isEqual(to: otherWithoutTime), "\(direct) vs \(viaMetadata)")
    }

    @Test("the direct path is taken only for the framework's handler at info without handler metadata")
    func accessLogChoice() throws {
        let (plain, _) = Self.capturing()
        guard case .json = AccessLog(Logger(label: "warrant.access") { _ in plain }) else {
            Issue.record("the JSON handler is written to directly"); return
        }
        let (taggedLogs, taggedParsed) = Self.capturing()
        var taggedWriter = taggedLogs
        taggedWriter[metadataKey: "service"] = "todos"
        let choice = AccessLog(Logger(label: "warrant.access") { _ in taggedWriter })
        guard case .logger = choice else { Issue.record("handler metadata goes through swift-log"); return }
        choice.write(Self.line)
        #expect(try taggedParsed().first?["service"] as? String == "todos", "the handler's metadata is kept")
        var quiet = plain
        quiet.logLevel = .warning
        guard case .logger = AccessLog(Logger(label: "warrant.access") { _ in quiet }) else {
            Issue.record("a handler above info goes through swift-log, which drops the line"); return
        }
        #expect(!taggedWriter.writesAccessLinesDirectly && plain.writesAccessLinesDirectly)
    }
}
