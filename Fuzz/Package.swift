// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets (`make fuzz`): the JSON decoding + validation path and the access-token parser.
// Kept out of the main package. `make fuzz` builds every module (debug, which compiles far faster) with
// AddressSanitizer and libFuzzer's coverage instrumentation:
//   --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
// so libFuzzer is guided by the code under test. Only these two targets link libFuzzer's runtime
// (a package-wide `--sanitize=fuzzer` would give the macro plugin a second `main`), and each one's
// `main.swift` calls libFuzzer's driver, because SwiftPM renames an executable's `main`.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let fuzzerLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "WarrantFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Warrant", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzJSONBody",
            dependencies: ["CLibFuzzer", .product(name: "Warrant", package: "Warrant"), .product(name: "WarrantJSON", package: "Warrant")],
            swiftSettings: fuzzerFlags,
            linkerSettings: fuzzerLinking
        ),
        .executableTarget(
            name: "FuzzAccessToken",
            dependencies: ["CLibFuzzer", .product(name: "Warrant", package: "Warrant"), .product(name: "WarrantCrypto", package: "Warrant")],
            swiftSettings: fuzzerFlags,
            linkerSettings: fuzzerLinking
        ),
    ],
    swiftLanguageModes: [.v6]
)
