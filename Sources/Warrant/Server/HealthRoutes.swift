import HTTPTypes
import Hummingbird
import NIOCore

/// `/health/live` (the process answers) and `/health/ready` (its dependencies answer too), for load
/// balancers and orchestrators. They are operational endpoints, not part of the API's document.
struct HealthRoutes {
    let checks: [ReadinessCheck]

    func register(on router: ServedRouter) {
        router.get("/health/live") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"live"}"#)))
        }
        let checks = self.checks
        router.get("/health/ready") { _, _ in
            for check in checks {
                do {
                    try await check.check()
                } catch let failure as ReadinessFailure {
                    throw Problem(status: .serviceUnavailable, detail: "Not ready: \(check.name): \(failure.message).", headers: [.retryAfter: "1"])
                } catch {
                    throw Problem(status: .serviceUnavailable, detail: "Not ready: \(check.name) is unavailable.", headers: [.retryAfter: "1"])
                }
            }
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ready"}"#)))
        }
    }
}
