import Benchmark
import Hummingbird
import Logging
import NIOEmbedded
import OverheadFixture
import Warrant

// ordo-one/benchmark's view of the framework layer: wall clock and allocations per request (see Fixture.swift).
// Its malloc interposer adds a fixed cost to every allocation on both sides; `OverheadLoop` measures without it.

let benchmarks: @Sendable () -> Void = {
    guard let fixture = try? Fixture() else { return }
    let channel = EmbeddedChannel()
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput], maxDuration: .seconds(5))

    Benchmark("bare Hummingbird handler", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench")))
            blackHole(try await fixture.bare.respond(to: fixture.request(), context: context))
        }
    }

    Benchmark("Warrant typed route", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let context = WarrantContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench")))
            blackHole(try await fixture.warrant.respond(to: fixture.request(), context: context))
        }
    }

    Benchmark("Warrant typed route, access log and metrics on", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let context = WarrantContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench")))
            blackHole(try await fixture.observed.respond(to: fixture.request(), context: context))
        }
    }
}
