// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets (`make fuzz`): the JSON decoding + validation path and the access-token parser.
// Kept out of the main package: they build with `-sanitize=fuzzer,address`, which instruments every module.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]

let package = Package(
    name: "WarrantFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Warrant", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzJSONBody",
            dependencies: [.product(name: "Warrant", package: "Warrant"), .product(name: "WarrantJSON", package: "Warrant")],
            swiftSettings: fuzzerFlags
        ),
        .executableTarget(
            name: "FuzzAccessToken",
            dependencies: [.product(name: "Warrant", package: "Warrant"), .product(name: "WarrantCrypto", package: "Warrant")],
            swiftSettings: fuzzerFlags
        ),
    ],
    swiftLanguageModes: [.v6]
)
