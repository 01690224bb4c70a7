// swift-tools-version: 6.2
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "Warrant",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Warrant", targets: ["Warrant"]),
        .library(name: "WarrantCrypto", targets: ["WarrantCrypto"]),
        .library(name: "WarrantJSON", targets: ["WarrantJSON"]),
        .library(name: "WarrantPostgres", targets: ["WarrantPostgres"]),
        .executable(name: "api", targets: ["api"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "WarrantPostgres", dependencies: [
            "CLibPQ",
            "Warrant",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "WarrantPostgresTesting", dependencies: ["WarrantPostgres"]),
        .target(name: "WarrantJSON", dependencies: [.product(name: "NIOCore", package: "swift-nio")]),
        .target(name: "WarrantCrypto", dependencies: ["CSodium"]),
        .macro(name: "WarrantMacros", dependencies: [
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
            .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            .product(name: "SwiftDiagnostics", package: "swift-syntax"),
        ]),
        .target(name: "Warrant", dependencies: [
            "WarrantMacros",
            "WarrantJSON",
            "WarrantCrypto",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Configuration", package: "swift-configuration"),
            .product(name: "SystemPackage", package: "swift-system"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "WarrantTesting", dependencies: [
            "Warrant",
            "WarrantJSON",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        .target(name: "App", dependencies: ["Warrant"]),
        .executableTarget(name: "api", dependencies: [
            "App",
            "Warrant",
            "WarrantCrypto",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Compile-time proofs of the access model: Tests/CompileFail/run.sh swaps its source per case.
        .target(name: "CompileProbe", dependencies: ["App", "Warrant"], path: "Tests/CompileProbe"),
        .testTarget(name: "WarrantPostgresTests", dependencies: ["WarrantPostgres", "WarrantPostgresTesting"]),
        .testTarget(name: "WarrantJSONTests", dependencies: ["WarrantJSON"]),
        .testTarget(name: "WarrantCryptoTests", dependencies: ["WarrantCrypto"], resources: [.copy("Vectors")]),
        .testTarget(name: "WarrantTests", dependencies: ["Warrant", "WarrantTesting", "WarrantJSON"]),
        .testTarget(name: "DocsExamplesTests", dependencies: ["Warrant", "WarrantTesting"]),
        .testTarget(name: "AppTests", dependencies: ["App", "Warrant", "WarrantTesting"]),
        .testTarget(name: "WarrantMacrosTests", dependencies: [
            "WarrantMacros",
            .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
