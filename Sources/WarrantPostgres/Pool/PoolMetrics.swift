import CoreMetrics

/// What the pool tells swift-metrics: its size (`warrant_db_pool_size`), the connections running a statement
/// or leased (`warrant_db_pool_in_use`), and how long statements waited for one
/// (`warrant_db_pool_wait_seconds`) — the first numbers to read when requests slow down.
final class PoolMetrics: Sendable {
    private let size: Gauge
    private let inUse: Gauge
    private let wait: Timer

    init(poolSize: Int, applicationName: String) {
        let dimensions = [("pool", applicationName)]
        size = Gauge(label: "warrant_db_pool_size", dimensions: dimensions)
        inUse = Gauge(label: "warrant_db_pool_in_use", dimensions: dimensions)
        wait = Timer(label: "warrant_db_pool_wait_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
        size.record(poolSize)
        inUse.record(0)
    }

    /// `busy` connections are in use now.
    func inUse(_ busy: Int) {
        inUse.record(busy)
    }

    /// A statement waited `nanoseconds` for a connection.
    func waited(_ nanoseconds: UInt64) {
        wait.recordNanoseconds(Int64(clamping: nanoseconds))
    }
}
