public import CoreMetrics
import Foundation
import Synchronization
import Warrant
import WarrantJSON

/// swift-metrics in CloudWatch's embedded metric format: what an invocation recorded is written as JSON lines
/// to the function's log (standard error, unbuffered, beside the log lines) by ``flush()`` — which the Lambda runtime calls after each invocation, before it replies
/// — and CloudWatch turns the lines into metrics, with no agent and no API call.
public final class EMFMetrics: MetricsFactory, Sendable {
    /// One metric's values since the last flush.
    private struct Series {
        let label: String
        let dimensions: [(String, String)]
        let unit: String
        var values: [Double] = []
    }

    private let series = Mutex<[String: Series]>([:])
    private let namespace: String
    private let output: @Sendable (String) -> Void
    private let now: @Sendable () -> Date

    /// Metrics under `namespace`, written with `output` (the log's output by default).
    public init(namespace: String = "Warrant", output: @escaping @Sendable (String) -> Void = { LogOutput.standardError.write(line: $0) }, now: @escaping @Sendable () -> Date = Date.init) {
        self.namespace = namespace
        self.output = output
        self.now = now
    }

    fileprivate func record(_ label: String, _ dimensions: [(String, String)], unit: String, _ value: Double, replacing: Bool) {
        let key = label + "|" + dimensions.map { $0.0 + "=" + $0.1 }.joined(separator: ",")
        series.withLock { series in
            var entry = series[key] ?? Series(label: label, dimensions: dimensions, unit: unit)
            if replacing { entry.values = [value] } else { entry.values.append(value) }
            series[key] = entry
        }
    }

    /// CloudWatch takes at most 100 values per metric in one line.
    static let valuesPerLine = 100

    /// Writes the metrics recorded since the last flush and forgets them: one line per set of dimension
    /// values, naming every metric recorded with it (log ingestion is billed by the byte, so the metadata
    /// is written once), and further lines only for metrics with over 100 values.
    public func flush() {
        let recorded = series.withLock { series in
            defer { series.removeAll() }
            return Array(series.values)
        }
        let timestamp = Int64(now().timeIntervalSince1970 * 1000)
        var groups: [String: [(label: String, unit: String, values: [Double], dimensions: [(String, String)])]] = [:]
        for entry in recorded where !entry.values.isEmpty {
            let key = entry.dimensions.map { $0.0 + "=" + $0.1 }.joined(separator: ",")
            let values = entry.unit == "Count" ? [entry.values.reduce(0, +)] : entry.values
            groups[key, default: []].append((entry.label, entry.unit, values, entry.dimensions))
        }
        for key in groups.keys.sorted() {
            guard let metrics = groups[key]?.sorted(by: { $0.label < $1.label }), let dimensions = metrics.first?.dimensions else { continue }
            var start = 0
            while true {
                let chunk = metrics.compactMap { metric -> (label: String, unit: String, values: ArraySlice<Double>)? in
                    guard start < metric.values.count else { return nil }
                    return (metric.label, metric.unit, metric.values[start..<min(start + Self.valuesPerLine, metric.values.count)])
                }
                if chunk.isEmpty { break }
                output(line(chunk, dimensions: dimensions, timestamp: timestamp))
                start += Self.valuesPerLine
            }
        }
    }

    /// One EMF line: the metadata naming the metrics and their dimensions, then the dimension values and each
    /// metric's values.
    private func line(
        _ metrics: [(label: String, unit: String, values: ArraySlice<Double>)], dimensions: [(String, String)], timestamp: Int64
    ) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("_aws")
        writer.beginObject()
        writer.key("Timestamp"); writer.int(timestamp)
        writer.key("CloudWatchMetrics")
        writer.beginArray()
        writer.beginObject()
        writer.key("Namespace"); writer.string(namespace)
        writer.key("Dimensions"); writer.beginArray(); writer.beginArray()
        for (name, _) in dimensions { writer.string(name) }
        writer.endArray(); writer.endArray()
        writer.key("Metrics"); writer.beginArray()
        for metric in metrics {
            writer.beginObject()
            writer.key("Name"); writer.string(metric.label)
            writer.key("Unit"); writer.string(metric.unit)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endArray()
        writer.endObject()
        for (name, value) in dimensions {
            writer.key(name); writer.string(value)
        }
        for metric in metrics {
            writer.key(metric.label)
            if metric.values.count == 1, let value = metric.values.first {
                writer.double(value)
            } else {
                writer.beginArray()
                for value in metric.values { writer.double(value) }
                writer.endArray()
            }
        }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A counter: summed per flush.
    public func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        EMFHandler(factory: self, label: label, dimensions: dimensions, unit: "Count")
    }

    /// A recorder (a gauge when not aggregated): its last value, or its values.
    public func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        EMFHandler(factory: self, label: label, dimensions: dimensions, unit: "None", replacing: !aggregate)
    }

    /// A timer: its durations in milliseconds (a `_seconds` name becomes `_ms`).
    public func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        // Prometheus names durations in seconds; here they are milliseconds, and the name says so.
        let name = label.hasSuffix("_seconds") ? String(label.dropLast("_seconds".count)) + "_ms" : label
        return EMFHandler(factory: self, label: name, dimensions: dimensions, unit: "Milliseconds")
    }

    /// Nothing to release.
    public func destroyCounter(_ handler: any CounterHandler) {}
    /// Nothing to release.
    public func destroyRecorder(_ handler: any RecorderHandler) {}
    /// Nothing to release.
    public func destroyTimer(_ handler: any TimerHandler) {}
}

/// One metric of an ``EMFMetrics`` factory, whatever its kind.
private final class EMFHandler: CounterHandler, RecorderHandler, TimerHandler, Sendable {
    let factory: EMFMetrics
    let label: String
    let dimensions: [(String, String)]
    let unit: String
    let replacing: Bool

    init(factory: EMFMetrics, label: String, dimensions: [(String, String)], unit: String, replacing: Bool = false) {
        self.factory = factory
        self.label = label
        self.dimensions = dimensions
        self.unit = unit
        self.replacing = replacing
    }

    func increment(by amount: Int64) { factory.record(label, dimensions, unit: unit, Double(amount), replacing: false) }
    func reset() {}
    func record(_ value: Int64) { factory.record(label, dimensions, unit: unit, Double(value), replacing: replacing) }
    func record(_ value: Double) { factory.record(label, dimensions, unit: unit, value, replacing: replacing) }
    func recordNanoseconds(_ duration: Int64) { factory.record(label, dimensions, unit: unit, Double(duration) / 1_000_000, replacing: false) }
}
