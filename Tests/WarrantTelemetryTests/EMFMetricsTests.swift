import CoreMetrics
import Foundation
import Synchronization
import Testing
@testable import WarrantTelemetry

/// The lines an ``EMFMetrics`` factory wrote, parsed.
final class EMFLines: Sendable {
    private let lines = Mutex<[String]>([])

    func write(_ line: String) { lines.withLock { $0.append(line) } }

    var parsed: [[String: Any]] {
        lines.withLock { $0 }.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] }
    }

    var count: Int { lines.withLock { $0.count } }
}

@Suite("CloudWatch embedded metric format")
struct EMFMetricsTests {
    func factory(_ lines: EMFLines) -> EMFMetrics {
        EMFMetrics(namespace: "Test", output: { lines.write($0) }, now: { Date(timeIntervalSince1970: 1_700_000_000) })
    }

    @Test("each metric is one line: the _aws metadata names it, its unit and dimensions, and the values follow")
    func lineShape() throws {
        let lines = EMFLines()
        let metrics = factory(lines)
        let counter = metrics.makeCounter(label: "http_server_requests_total", dimensions: [("route", "/todos"), ("status", "2xx")])
        counter.increment(by: 1)
        counter.increment(by: 2)
        let timer = metrics.makeTimer(label: "http_server_request_duration_seconds", dimensions: [("route", "/todos")])
        timer.recordNanoseconds(1_500_000)
        timer.recordNanoseconds(3_000_000)
        let gauge = metrics.makeRecorder(label: "warrant_db_pool_in_use", dimensions: [], aggregate: false)
        gauge.record(Int64(3))
        gauge.record(Int64(1))
        metrics.flush()
        let parsed = lines.parsed
        #expect(parsed.count == 3 && lines.count == 3)
        let byName = Dictionary(uniqueKeysWithValues: parsed.map { line in
            let aws = line["_aws"] as? [String: Any]
            let directive = (aws?["CloudWatchMetrics"] as? [[String: Any]])?.first
            let metric = (directive?["Metrics"] as? [[String: Any]])?.first
            return (metric?["Name"] as? String ?? "?", (line, aws, directive, metric))
        })
        let requests = try #require(byName["http_server_requests_total"])
        #expect(requests.1?["Timestamp"] as? Int == 1_700_000_000_000)
        #expect(requests.2?["Namespace"] as? String == "Test")
        #expect(requests.2?["Dimensions"] as? [[String]] == [["route", "status"]])
        #expect(requests.3?["Unit"] as? String == "Count")
        #expect(requests.0["route"] as? String == "/todos" && requests.0["status"] as? String == "2xx")
        #expect(requests.0["http_server_requests_total"] as? Double == 3, "a counter is summed per flush")
        let durations = try #require(byName["http_server_request_duration_ms"], "a _seconds timer is named in milliseconds")
        #expect(durations.3?["Unit"] as? String == "Milliseconds")
        #expect(durations.0["http_server_request_duration_ms"] as? [Double] == [1.5, 3], "durations in milliseconds, each kept")
        let gaugeLine = try #require(byName["warrant_db_pool_in_use"])
        #expect(gaugeLine.0["warrant_db_pool_in_use"] as? Double == 1, "a gauge keeps its last value")
        #expect(gaugeLine.2?["Dimensions"] as? [[String]] == [[]])
    }

    @Test("metrics recorded with the same dimension values share one line, written once")
    func sharedLine() throws {
        let lines = EMFLines()
        let metrics = factory(lines)
        let dimensions = [("route", "/todos"), ("status", "2xx")]
        metrics.makeCounter(label: "requests", dimensions: dimensions).increment(by: 1)
        metrics.makeTimer(label: "duration", dimensions: dimensions).recordNanoseconds(2_000_000)
        metrics.makeCounter(label: "requests", dimensions: [("route", "/health"), ("status", "2xx")]).increment(by: 1)
        metrics.flush()
        #expect(lines.count == 2, "one line per set of dimension values")
        let todos = try #require(lines.parsed.first { $0["route"] as? String == "/todos" })
        let directive = ((todos["_aws"] as? [String: Any])?["CloudWatchMetrics"] as? [[String: Any]])?.first
        #expect((directive?["Metrics"] as? [[String: Any]])?.compactMap { $0["Name"] as? String } == ["duration", "requests"])
        #expect(todos["requests"] as? Double == 1 && todos["duration"] as? Double == 2)
    }

    @Test("a flush forgets what it wrote: an idle invocation writes nothing")
    func forgets() {
        let lines = EMFLines()
        let metrics = factory(lines)
        metrics.makeCounter(label: "c", dimensions: []).increment(by: 1)
        metrics.flush()
        metrics.flush()
        #expect(lines.count == 1)
    }

    @Test("over 100 values of one metric are split across lines, as CloudWatch requires")
    func splitsLongSeries() {
        let lines = EMFLines()
        let metrics = factory(lines)
        let timer = metrics.makeTimer(label: "t", dimensions: [])
        for value in 1...250 { timer.recordNanoseconds(Int64(value) * 1_000_000) }
        metrics.flush()
        let counts = lines.parsed.map { ($0["t"] as? [Double])?.count ?? 0 }
        #expect(counts == [100, 100, 50])
        #expect(lines.parsed.flatMap { $0["t"] as? [Double] ?? [] } == (1...250).map(Double.init), "nothing lost, in order")
    }
}
