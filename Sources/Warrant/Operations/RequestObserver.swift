import Dispatch
import Hummingbird
import HTTPTypes
import Logging
import Tracing

/// What the framework's middleware records about each request — the access-log line, the request metrics and
/// the server span — set up once for the API. With everything off it is skipped in one branch.
///
/// A buffered answer is recorded when its head is ready. A streamed one (``StreamedBody``) is recorded when
/// its body ends — finished, failed or abandoned by the client — with the bytes actually written and the
/// duration to that end; its span still closes at the head, as the handler's work is done by then.
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
        let record = AccessRecord()
        var response: Response
        if options.tracing {
            response = await traced(request, route: route, requestID: context.requestID, record: record, respond: respond)
        } else {
            response = await AccessRecord.$current.withValue(record) { await respond() }
        }
        let finish = Finish(
            observer: self, method: request.method, route: route, status: response.status,
            requestID: context.requestID, record: record, started: started
        )
        guard record.streamed else {
            finish.record(bytes: response.body.contentLength ?? 0)
            return response
        }
        let body = response.body
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            let counter = ByteCounter()
            do {
                try await body.write(CountingWriter(parent: writer, counter: counter, declaredLength: nil, logger: context.logger))
            } catch {
                finish.record(bytes: counter.count)
                throw error
            }
            finish.record(bytes: counter.count)
        }
        return response
    }

    /// The recording of one request, once its response is complete.
    private struct Finish: Sendable {
        let observer: RequestObserver
        let method: HTTPRequest.Method
        let route: String
        let status: HTTPResponse.Status
        let requestID: String
        let record: AccessRecord
        let started: UInt64

        func record(bytes: Int) {
            let elapsed = Int64(DispatchTime.now().uptimeNanoseconds - started)
            observer.metrics?.finished(route: route, method: method, status: status, nanoseconds: elapsed)
            guard observer.options.accessLog else { return }
            observer.accessLog.write(AccessLine(
                method: method,
                route: route,
                status: status.code,
                nanoseconds: elapsed,
                bytes: bytes,
                requestID: requestID,
                subject: observer.options.accessLogSubject ? record.subject : nil
            ))
        }
    }

    /// The server span: named by method and route template, continuing the caller's `traceparent`.
    private func traced(
        _ request: HummingbirdCore.Request,
        route: String,
        requestID: String,
        record: AccessRecord,
        respond: () async -> Response
    ) async -> Response {
        var serviceContext = ServiceContext.current ?? .topLevel
        InstrumentationSystem.instrument.extract(request.headers, into: &serviceContext, using: HeaderExtractor())
        return await withSpan("\(request.method.rawValue) \(route)", context: serviceContext, ofKind: .server) { span in
            span.attributes["http.request.method"] = request.method.rawValue
            span.attributes["http.route"] = route
            span.attributes["warrant.request_id"] = requestID
            let response = await AccessRecord.$current.withValue(record) { await respond() }
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
