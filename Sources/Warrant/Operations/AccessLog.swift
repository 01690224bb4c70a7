import Logging

/// Where access lines go: straight to the framework's JSON handler when the access logger has one, else
/// through swift-log's metadata to whatever handler the application installed.
enum AccessLog: Sendable {
    /// The framework's JSON handler, writing each line without a metadata dictionary.
    case json(JSONLogHandler)
    /// Any other handler (the text one in development, or the application's own).
    case logger(Logger)

    /// Chooses the direct path when `logger`'s handler allows it; decided once, when the API is built.
    init(_ logger: Logger) {
        if let handler = logger.handler as? JSONLogHandler, handler.writesAccessLinesDirectly {
            self = .json(handler)
        } else {
            self = .logger(logger)
        }
    }

    /// Writes one line.
    func write(_ line: AccessLine) {
        switch self {
        case .json(let handler): handler.log(access: line)
        case .logger(let logger): logger.info("\(AccessLine.message)", metadata: line.metadata)
        }
    }
}
