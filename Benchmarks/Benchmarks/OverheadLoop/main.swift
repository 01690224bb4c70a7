import Foundation
import Hummingbird
import Logging
import NIOEmbedded
import OverheadFixture
import Warrant

// The framework layer against the bare handler in a plain loop: no malloc interposer, no executor hop
// between iterations. Prints the mean time per request of each and Warrant's overhead.

/// Which responder a run measures.
enum Subject {
    case bare, warrant, observed
}

nonisolated func meanTime(_ fixture: Fixture, _ subject: Subject, iterations: Int) async throws -> Duration {
    let channel = EmbeddedChannel()
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<iterations {
        let source = ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench"))
        switch subject {
        case .warrant: _ = try await fixture.warrant.respond(to: fixture.request(), context: WarrantContext(source: source))
        case .observed: _ = try await fixture.observed.respond(to: fixture.request(), context: WarrantContext(source: source))
        case .bare: _ = try await fixture.bare.respond(to: fixture.request(), context: BasicRequestContext(source: source))
        }
    }
    return (clock.now - start) / iterations
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200_000
let fixture = try Fixture()
if let only = ProcessInfo.processInfo.environment["OVERHEAD_PROFILE"] {
    // For a profiler: run one responder only, long enough to sample.
    let subject: Subject = only == "bare" ? .bare : only == "observed" ? .observed : .warrant
    _ = try await meanTime(fixture, subject, iterations: iterations * 5)
    exit(0)
}
var times: [Subject: [Double]] = [:]
for _ in 0..<5 {
    // Alternate the three so drift in the machine's speed affects all alike.
    for subject in [Subject.warrant, .observed, .bare] {
        times[subject, default: []].append(Double(try await meanTime(fixture, subject, iterations: iterations).components.attoseconds) / 1e12)
    }
}
let measured = times
func median(_ subject: Subject) -> Double { (measured[subject] ?? [0, 0, 0, 0, 0]).sorted()[2] }
func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
let overhead = (median(.warrant) / median(.bare) - 1) * 100
let observedOverhead = (median(.observed) / median(.bare) - 1) * 100
print("bare Hummingbird handler:        \(rounded(median(.bare))) µs per request (median of 5 runs of \(iterations))")
print("Warrant typed route:             \(rounded(median(.warrant))) µs per request")
print("  with access log and metrics:   \(rounded(median(.observed))) µs per request (+\(rounded(median(.observed) - median(.warrant))) µs)")
print("framework overhead:              \((overhead * 10).rounded() / 10) % (issue 23's target ≤ 5 %)")
print("  with access log and metrics:   \((observedOverhead * 10).rounded() / 10) %")
