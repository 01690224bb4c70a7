import Dispatch
import Hummingbird
import HTTPTypes
import Logging
import Tracing

/// What the framework's middleware records about each request — the access-log line, the request metrics and
/// the server span — set up once for the API. With everything off it is skipped in one branch.
struct RequestObserver: Sendable {
    let options: OperationsOptions
    let templates: RouteTemplates
    let metrics: RequestMetrics?
    let accessLog: AccessLog

    init(options: OperationsOptions, routePaths: [String], accessLogger: Logger) {
        self.options = options
        templates = RouteTemplates(routePaths)
        metrics = options.metrics ? RequestMetrics() : nil
        accessLog = AccessLog(accessLogger)
    }

    /// Whether anything is recorded.
    var isActive: Bool { options.accessLog || options.metrics || options.tracing }

    /// Runs `respond` for `request`, recording it.
    func observe(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        respond: () async -> Response
    ) async -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let route = templates.template(of: context.endpointPath)
        metrics?.started()
        let record = options.accessLogSubject ? AccessRecord() : nil
        let response: Response
        if options.tracing {
            response = await traced(request, route: route, requestID: context.requestID, record: record, respond: respond)
        } else if let record {
            response = await AccessRecord.$current.withValue(record) { await respond() }
        } else {
            response = await respond()
        }
        let elapsed = Int64(DispatchTime.now().uptimeNanoseconds - started)
        metrics?.finished(route: route, method: request.method, status: response.status, nanoseconds: elapsed)
        if options.accessLog {
            accessLog.write(AccessLine(
                method: request.method,
                route: route,
                status: response.status.code,
                nanoseconds: elapsed,
                bytes: response.body.contentLength ?? 0,
                requestID: context.requestID,
                subject: record?.subject
            ))
        }
        return response
    }

    /// The server span: named by method and route template, continuing the caller's `traceparent`.
    private func traced(
        _ request: HummingbirdCore.Request,
        route: String,
        requestID: String,
        record: AccessRecord?,
        respond: () async -> Response
    ) async -> Response {
        var serviceContext = ServiceContext.current ?? .topLevel
        InstrumentationSystem.instrument.extract(request.headers, into: &serviceContext, using: HeaderExtractor())
        return await withSpan("\(request.method.rawValue) \(route)", context: serviceContext, ofKind: .server) { span in
            span.attributes["http.request.method"] = request.method.rawValue
            span.attributes["http.route"] = route
            span.attributes["warrant.request_id"] = requestID
            let response: Response
            if let record {
                response = await AccessRecord.$current.withValue(record) { await respond() }
            } else {
                response = await respond()
            }
            span.attributes["http.response.status_code"] = Int(response.status.code)
            if response.status.code >= 500 { span.setStatus(SpanStatus(code: .error)) }
            return response
        }
    }
}

/// Reads `traceparent`/`tracestate` (or whatever the configured instrument propagates) from request headers.
struct HeaderExtractor: Extractor {
    func extract(key: String, from headers: HTTPFields) -> String? {
        HTTPField.Name(key).flatMap { headers[$0] }
    }
}
