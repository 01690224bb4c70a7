// swift-tools-version: 6.2
import PackageDescription

// Microbenchmarks of the framework layer, kept out of the main package so `make test` does not build
// the benchmark tooling: `make microbench` (or `swift package benchmark` here).
let package = Package(
    name: "WarrantBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Warrant", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "OverheadFixture",
            dependencies: [
                .product(name: "Warrant", package: "Warrant"),
                .product(name: "WarrantCrypto", package: "Warrant"),
                .product(name: "WarrantJSON", package: "Warrant"),
                .product(name: "WarrantTelemetry", package: "Warrant"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Benchmarks/OverheadFixture"
        ),
        .executableTarget(
            name: "FrameworkOverhead",
            dependencies: [
                "OverheadFixture",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Warrant", package: "Warrant"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            path: "Benchmarks/FrameworkOverhead",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "OverheadLoop",
            dependencies: [
                "OverheadFixture",
                .product(name: "Warrant", package: "Warrant"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            path: "Benchmarks/OverheadLoop"
        ),
    ],
    swiftLanguageModes: [.v6]
)
