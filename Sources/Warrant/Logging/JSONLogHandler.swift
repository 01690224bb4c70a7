import Foundation
public import Logging
import Synchronization
import WarrantJSON

/// Writes each log event as one JSON object on a line of standard error: `ts`, `level`, `logger`,
/// `message`, then the metadata (the request id among them), sorted by key.
///
/// Log collectors (CloudWatch, Loki, …) parse it without configuration. Nothing secret is logged by the
/// framework: tokens, passwords and keys never reach a log call.
public struct JSONLogHandler: LogHandler {
    /// The minimum level written.
    public var logLevel: Logger.Level
    /// Metadata attached to every event of this logger.
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let output: @Sendable ([UInt8]) -> Void

    /// A handler for `label`, writing to standard error.
    public init(label: String, level: Logger.Level = .info) {
        self.init(label: label, level: level) { LogOutput.standardError.write($0) }
    }

    /// A handler writing each line, newline included, with `output` (tests capture lines this way).
    public init(label: String, level: Logger.Level, output: @escaping @Sendable ([UInt8]) -> Void) {
        self.label = label
        self.logLevel = level
        self.output = output
    }

    /// The value of a metadata key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The line's own members, which metadata cannot overwrite.
    private static let reservedKeys: Set<String> = ["ts", "level", "logger", "message"]

    /// Writes one event.
    public func log(event: LogEvent) {
        var writer = JSONWriter()
        writeHead(level: event.level, message: event.message.description, to: &writer)
        // Merged only when both have entries: an access line's metadata is all the event's.
        let merged: Logger.Metadata
        if let eventMetadata = event.metadata, !eventMetadata.isEmpty {
            merged = metadata.isEmpty ? eventMetadata : metadata.merging(eventMetadata) { _, new in new }
        } else {
            merged = metadata
        }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) where !Self.reservedKeys.contains(key) {
            writer.key(key)
            Self.write(value, to: &writer)
        }
        writeLine(&writer)
    }

    /// Whether an access line is written directly by ``log(access:)``: at `info` and without handler metadata
    /// to merge (with some, the line goes through ``log(event:)`` like any other).
    var writesAccessLinesDirectly: Bool { logLevel <= .info && metadata.isEmpty }

    /// Writes an access line without building a metadata dictionary: the same line ``log(event:)`` writes
    /// for its metadata.
    func log(access line: AccessLine) {
        var writer = JSONWriter()
        writeHead(level: .info, message: AccessLine.message, to: &writer)
        line.write(to: &writer)
        writeLine(&writer)
    }

    /// `ts`, `level`, `logger` and `message`, first on every line.
    private func writeHead(level: Logger.Level, message: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(verbatim: "ts"); writer.date(Date(), fractionalSeconds: true)
        writer.key(verbatim: "level"); writer.string(level.rawValue)
        writer.key(verbatim: "logger"); writer.string(label)
        writer.key(verbatim: "message"); writer.string(message)
    }

    /// Closes the object and hands the line, newline included, to the output.
    private func writeLine(_ writer: inout JSONWriter) {
        writer.endObject()
        writer.buffer.writeInteger(UInt8(ascii: "\n"))
        output(writer.bytes)
    }

    private static func write(_ value: Logger.Metadata.Value, to writer: inout JSONWriter) {
        switch value {
        case .string(let text): writer.string(text)
        case .stringConvertible(let convertible):
            // Numbers and booleans stay numbers and booleans, so log queries can compare them.
            switch convertible {
            case let value as Int: writer.int(value)
            case let value as Int64: writer.int(value)
            case let value as UInt: writer.int(value)
            case let value as Double where value.isFinite: writer.double(value)
            case let value as Bool: writer.bool(value)
            default: writer.string(convertible.description)
            }
        case .array(let values):
            writer.beginArray()
            for element in values { write(element, to: &writer) }
            writer.endArray()
        case .dictionary(let dictionary):
            writer.beginObject()
            for (key, element) in dictionary.sorted(by: { $0.key < $1.key }) {
                writer.key(key)
                write(element, to: &writer)
            }
            writer.endObject()
        }
    }
}
