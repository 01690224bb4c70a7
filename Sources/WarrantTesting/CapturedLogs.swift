public import Logging
import Synchronization

/// Collects every log message and its metadata, as `LEVEL message metadata` lines, for checking what the
/// server or a pool logs (and that nothing secret is among it).
public final class CapturedLogs: Sendable {
    private let lines = Mutex<[String]>([])

    /// An empty collection.
    public init() {}

    /// Every line so far.
    public var all: [String] { lines.withLock { $0 } }

    /// A logger that writes here, at every level.
    public func logger() -> Logger {
        var logger = Logger(label: "test") { _ in Handler(sink: self) }
        logger.logLevel = .trace
        return logger
    }

    fileprivate func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    private struct Handler: LogHandler {
        let sink: CapturedLogs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            sink.append("\(event.level) \(event.message) \(merged)")
        }
    }
}
