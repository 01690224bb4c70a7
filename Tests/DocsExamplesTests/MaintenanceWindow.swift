import Hummingbird
import Synchronization
import Warrant

// docs/17-dependencies-and-middleware.md — a middleware file imports Hummingbird (its `Request` is the raw
// HTTP request); route files do not, so `Request` there is Warrant's typed one.

/// Whether the API is in a maintenance window; flipped by an operator's command.
final class MaintenanceSwitch: Sendable {
    private let on = Mutex(false)
    var isOn: Bool { on.withLock { $0 } }
    func set(_ value: Bool) { on.withLock { $0 = value } }
}

/// During maintenance, refuses every write with 503 and a Retry-After; reads go on.
struct MaintenanceWindow: DocumentedMiddleware {
    typealias Context = WarrantContext
    let maintenance: MaintenanceSwitch

    /// Documented on every operation: clients and the test client's contract check expect it.
    var problems: [ProblemCase] {
        [ProblemCase(status: .serviceUnavailable, title: "Down for maintenance", detail: "Writes are paused; retry after the window.", name: "maintenance")]
    }

    func handle(_ request: HummingbirdCore.Request, context: WarrantContext, next: (HummingbirdCore.Request, WarrantContext) async throws -> Response) async throws -> Response {
        if maintenance.isOn, ![.get, .head, .options].contains(request.method) {
            throw Problem(status: .serviceUnavailable, title: "Down for maintenance", headers: [.retryAfter: "300"])
        }
        return try await next(request, context)
    }
}
