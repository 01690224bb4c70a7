import CoreMetrics
import HTTPTypes
import Synchronization

/// The server's request metrics through swift-metrics: `http_server_requests_total` and
/// `http_server_request_duration_seconds` by route template, method and status class, and
/// `http_server_active_requests`. The metric objects are made once per label set and kept.
final class RequestMetrics: Sendable {
    private struct Key: Hashable {
        let route: String
        let method: String
        let statusClass: String
    }

    private struct Handles: Sendable {
        let count: Counter
        let duration: Timer
    }

    private let handles = Mutex<[Key: Handles]>([:])
    private let active = Meter(label: "http_server_active_requests")

    /// A request began.
    func started() {
        active.increment()
    }

    /// A request ended with `status` after `nanoseconds`.
    func finished(route: String, method: HTTPRequest.Method, status: HTTPResponse.Status, nanoseconds: Int64) {
        active.decrement()
        let key = Key(route: route, method: method.rawValue, statusClass: "\(status.code / 100)xx")
        let handle = handles.withLock { handles in
            if let existing = handles[key] { return existing }
            let dimensions = [("route", key.route), ("method", key.method), ("status", key.statusClass)]
            let made = Handles(
                count: Counter(label: "http_server_requests_total", dimensions: dimensions),
                duration: Timer(label: "http_server_request_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
            )
            handles[key] = made
            return made
        }
        handle.count.increment()
        handle.duration.recordNanoseconds(nanoseconds)
    }
}
