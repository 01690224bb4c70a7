import Hummingbird
import Logging
import NIOEmbedded
import OverheadFixture
import Warrant

// The framework layer against the bare handler in a plain loop: no malloc interposer, no executor hop
// between iterations. Prints the mean time per request of each and Warrant's overhead.

nonisolated func meanTime(_ fixture: Fixture, warrant: Bool, iterations: Int) async throws -> Duration {
    let channel = EmbeddedChannel()
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<iterations {
        let source = ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench"))
        if warrant {
            _ = try await fixture.warrant.respond(to: fixture.request(), context: WarrantContext(source: source))
        } else {
            _ = try await fixture.bare.respond(to: fixture.request(), context: BasicRequestContext(source: source))
        }
    }
    return (clock.now - start) / iterations
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200_000
let fixture = try Fixture()
var warrantTimes: [Double] = []
var bareTimes: [Double] = []
for _ in 0..<5 {
    // Alternate the two so drift in the machine's speed affects both alike.
    warrantTimes.append(Double(try await meanTime(fixture, warrant: true, iterations: iterations).components.attoseconds) / 1e12)
    bareTimes.append(Double(try await meanTime(fixture, warrant: false, iterations: iterations).components.attoseconds) / 1e12)
}
let warrantMedian = warrantTimes.sorted()[2]
let bareMedian = bareTimes.sorted()[2]
let overhead = (warrantMedian / bareMedian - 1) * 100
print("bare Hummingbird handler: \((bareMedian * 100).rounded() / 100) µs per request (median of 5 runs of \(iterations))")
print("Warrant typed route:      \((warrantMedian * 100).rounded() / 100) µs per request")
print("framework overhead:       \((overhead * 10).rounded() / 10) % (target ≤ 10 %)")
