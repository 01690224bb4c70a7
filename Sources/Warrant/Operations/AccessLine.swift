import HTTPTypes
import Logging
import WarrantJSON

/// One request's access-log line: what it reports, in one value.
///
/// Sent as swift-log metadata to any log handler; the framework's own JSON handler writes it directly
/// (``JSONLogHandler``), skipping the metadata dictionary — a line per request is on the hot path.
struct AccessLine: Sendable {
    /// The log message of every access line.
    static let message = "request"

    let method: HTTPRequest.Method
    /// The route template (`/todos/{id}`), never the raw path: no identifiers or query values.
    let route: String
    let status: Int
    let nanoseconds: Int64
    let bytes: Int
    let requestID: String
    /// The verified caller's subject id, only when the access log is configured to include it.
    let subject: String?

    /// The duration in milliseconds, to the microsecond.
    var durationMilliseconds: Double { Double(nanoseconds / 1000) / 1000 }

    /// The line as swift-log metadata, for handlers other than the framework's JSON one.
    var metadata: Logger.Metadata {
        var metadata: Logger.Metadata = [
            "method": .string(method.rawValue),
            "route": .string(route),
            "status": .stringConvertible(status),
            "duration_ms": .stringConvertible(durationMilliseconds),
            "bytes": .stringConvertible(bytes),
            "request_id": .string(requestID),
        ]
        if let subject { metadata["subject"] = .string(subject) }
        return metadata
    }

    /// Writes the members, sorted by key as ``JSONLogHandler`` sorts metadata, so both paths write the same line.
    func write(to writer: inout JSONWriter) {
        writer.key(verbatim: "bytes"); writer.int(bytes)
        writer.key(verbatim: "duration_ms"); writer.double(durationMilliseconds)
        writer.key(verbatim: "method"); writer.string(method.rawValue)
        writer.key(verbatim: "request_id"); writer.string(requestID)
        writer.key(verbatim: "route"); writer.string(route)
        writer.key(verbatim: "status"); writer.int(status)
        if let subject { writer.key(verbatim: "subject"); writer.string(subject) }
    }
}
