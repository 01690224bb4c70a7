import Logging

/// How the process logs: `LOG_FORMAT` (`json` or `text`; JSON by default in production), `LOG_LEVEL`, and for
/// a long-running server `LOG_BATCH_MS`.
public enum LoggingSetup {
    /// Installs the log handler for the whole process; call once, first thing.
    public static func bootstrap(settings: Settings) throws {
        let levelName = settings.string("log.level") ?? "info"
        guard let level = Logger.Level(rawValue: levelName) else {
            throw SettingsError(key: "LOG_LEVEL", problem: "is '\(levelName)'; use trace, debug, info, notice, warning, error or critical")
        }
        let format = settings.string("log.format") ?? (settings.environment == .production ? "json" : "text")
        switch format {
        case "json":
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        case "text":
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        default:
            throw SettingsError(key: "LOG_FORMAT", problem: "is '\(format)'; use json or text")
        }
    }
}

extension LoggingSetup {
    /// For a long-running server (not Lambda): how long JSON lines may be gathered before they are written
    /// together (`LOG_BATCH_MS`, default 20), or `nil` to write each at once (`0`). Read with the other
    /// settings, applied with ``LogOutput/batch(within:)`` once start-up is over, so a start-up failure's
    /// lines are never held back.
    public static func lineBatchWindow(settings: Settings) throws -> Duration? {
        let milliseconds = try settings.int("log.batchMs", default: 20)
        guard (0...1000).contains(milliseconds) else {
            throw SettingsError(key: "LOG_BATCH_MS", problem: "is \(milliseconds); use 0 (each line at once) to 1000")
        }
        return milliseconds == 0 ? nil : .milliseconds(milliseconds)
    }
}
