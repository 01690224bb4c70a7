import HTTPTypes
import Hummingbird
import NIOCore
import WarrantJSON

/// Writes a ``Problem`` as an RFC 9457 `application/problem+json` response.
enum ProblemRenderer {
    /// The problem as a Hummingbird response.
    static func response(_ problem: Problem, instance: String, requestID: String) -> Response {
        var headers = problem.headers
        headers[.contentType] = "application/problem+json"
        return Response(status: problem.status, headers: headers, body: .init(byteBuffer: body(problem, instance: instance, requestID: requestID)))
    }

    /// The problem document.
    static func body(_ problem: Problem, instance: String, requestID: String) -> ByteBuffer {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("type"); writer.string(problem.type)
        writer.key("title"); writer.string(problem.title)
        writer.key("status"); writer.int(problem.status.code)
        if let detail = problem.detail { writer.key("detail"); writer.string(detail) }
        writer.key("instance"); writer.string(instance)
        if !requestID.isEmpty { writer.key("request_id"); writer.string(requestID) }
        for (name, value) in problem.extensions.sorted(by: { $0.key < $1.key }) where !reservedMembers.contains(name) {
            writer.key(name); writer.string(value)
        }
        if !problem.violations.isEmpty {
            writer.key("errors")
            writer.beginArray()
            for issue in problem.violations { write(issue, to: &writer) }
            writer.endArray()
        }
        writer.endObject()
        return writer.buffer
    }

    /// Members an extension may not override.
    private static let reservedMembers: Set<String> = ["type", "title", "status", "detail", "instance", "request_id", "errors"]

    private static func write(_ issue: ValidationIssue, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("in"); writer.string(issue.location.rawValue)
        if issue.location == .body {
            writer.key("pointer"); writer.string("#" + issue.pointer)
        }
        if let name = issue.name { writer.key("parameter"); writer.string(name) }
        writer.key("code"); writer.string(issue.code)
        writer.key("detail"); writer.string(issue.detail)
        writer.endObject()
    }
}
