import Logging

/// How the process logs: `LOG_FORMAT` (`json` or `text`; JSON by default in production) and `LOG_LEVEL`.
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
