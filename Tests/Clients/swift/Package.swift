// swift-tools-version:6.0
// The generated-client check for Swift (make test-clients): swift-openapi-generator builds a client of the
// template's spec and of the docs' examples; `client-round-trip` reads the examples' answers with the
// generated types and writes them back. Tests/Scripts/swift-client-check.py copies this package, adds the specs
// and builds it; any warning the generator prints fails the check.
import PackageDescription

let package = Package(
    name: "swift-client-check",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
    ],
    targets: [
        .target(
            name: "TemplateClient",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .executableTarget(
            name: "client-round-trip",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
    ]
)
