// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets (`make fuzz`): the JSON decoding + validation path and the access-token parser.
// Kept out of the main package. `make fuzz` builds every module with AddressSanitizer and coverage
// instrumentation (`--sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp`), so libFuzzer is
// guided by the code under test; only these two targets link libFuzzer's `main` (a package-wide
// `--sanitize=fuzzer` would give the macro plugin a second `main`).
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let fuzzerLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "WarrantFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Warrant", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzJSONBody",
            dependencies: [.product(name: "Warrant", package: "Warrant"), .product(name: "WarrantJSON", package: "Warrant")],
            swiftSettings: fuzzerFlags,
            linkerSettings: fuzzerLinking
        ),
        .executableTarget(
            name: "FuzzAccessToken",
            dependencies: [.product(name: "Warrant", package: "Warrant"), .product(name: "WarrantCrypto", package: "Warrant")],
            swiftSettings: fuzzerFlags,
            linkerSettings: fuzzerLinking
        ),
    ],
    swiftLanguageModes: [.v6]
)
