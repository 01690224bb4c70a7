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
        .library(name: "WarrantLambda", targets: ["WarrantLambda"]),
        .library(name: "WarrantOIDC", targets: ["WarrantOIDC"]),
        .library(name: "WarrantAWS", targets: ["WarrantAWS"]),
        .library(name: "WarrantAudit", targets: ["WarrantAudit"]),
        .library(name: "WarrantTelemetry", targets: ["WarrantTelemetry"]),
        .executable(name: "lambda-emulator", targets: ["lambda-emulator"]),
        .executable(name: "api", targets: ["api"]),
        .executable(name: "hello", targets: ["hello"]),
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
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // OTLP over HTTP only: the gRPC exporter would add grpc-swift to every build.
        .package(url: "https://github.com/swift-otel/swift-otel", from: "1.6.0", traits: ["OTLPHTTP"]),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        .systemLibrary(name: "CSodium", pkgConfig: systemLibraryPkgConfig("libsodium"), providers: [.apt(["libsodium-dev"]), .brew(["libsodium"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: systemLibraryPkgConfig("libpq"), providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
        .target(name: "WarrantPostgres", dependencies: [
            "CLibPQ",
            "Warrant",
            "WarrantMacros",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
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
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            // Uploads spooled to disk and downloads read in chunks, off the event loops (Hummingbird's FileIO
            // uses it too); multipart/form-data parsed by MultipartKit's streaming parser.
            .product(name: "_NIOFileSystem", package: "swift-nio"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
        ]),
        // OpenID Connect / JWT access tokens from an identity provider: jwt-kit for keys and signatures,
        // AsyncHTTPClient for the discovery document and key set.
        .target(name: "WarrantOIDC", dependencies: [
            "Warrant",
            "WarrantJSON",
            "WarrantCrypto",
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // AWS without an SDK: SigV4 signing (swift-crypto) and Secrets Manager's GetSecretValue (AsyncHTTPClient).
        .target(name: "WarrantAWS", dependencies: [
            "WarrantJSON",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Where metrics and spans go: Prometheus (its own listener), CloudWatch EMF, OTLP/HTTP (swift-otel).
        .target(name: "WarrantTelemetry", dependencies: [
            "Warrant",
            "WarrantJSON",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "OTel", package: "swift-otel"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // `api openapi diff`: security and breaking changes between two OpenAPI documents.
        .target(name: "WarrantAudit", dependencies: [
            "Warrant",
            "WarrantJSON",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        .target(name: "WarrantLambda", dependencies: [
            "WarrantCrypto",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .target(name: "WarrantLambdaEmulator", dependencies: [
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // A local Lambda Runtime API that drives a built binary: `lambda-emulator events.jsonl --exec .build/release/api lambda`.
        .executableTarget(name: "lambda-emulator", dependencies: ["WarrantLambdaEmulator"]),
        // docs/01's first API: two routes and a development server, no database (`make hello`).
        .executableTarget(name: "hello", dependencies: ["Warrant"], path: "Examples/hello"),
        .target(name: "WarrantTesting", dependencies: [
            "Warrant",
            "WarrantJSON",
            "WarrantPostgres",
            "WarrantPostgresTesting",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(name: "App", dependencies: [
            "Warrant",
            "WarrantCrypto",
            "WarrantOIDC",
            "WarrantAWS",
            "WarrantPostgres",
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Metrics", package: "swift-metrics"),
        ]),
        // `api new resource`: the scaffold that adds a protected CRUD resource to the app (Foundation only).
        .target(name: "ResourceScaffold"),
        .executableTarget(name: "api", dependencies: [
            "App",
            "ResourceScaffold",
            "Warrant",
            "WarrantCrypto",
            "WarrantJSON",
            "WarrantOIDC",
            "WarrantAudit",
            "WarrantTelemetry",
            "WarrantPostgres",
            "WarrantLambda",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ], exclude: ["hot-functions.order", "hot-code.ld", "static-link"], linkerSettings: [
            // Release on Linux, for a Lambda environment's memory (docs/12-performance.md): lld with packed
            // relative relocations (glibc 2.36+), so start-up does not page in megabytes of relocation records;
            // no dynamic symbol table (nothing looks our symbols up, and ld.so would page through its 6 MB);
            // the functions Lambda mode runs placed together (hot-functions.order from `make lambda-order`, and
            // the unnamed ones by hot-code.ld), so the kernel's 64 KiB fault-around blocks map them and little else;
            // libstdc++ linked statically (static-link/libstdc++.so says why), and on Debian a libpq without
            // Kerberos or LDAP (.build/lean-libpq, which scripts/release-build.sh builds; lean-libpq.sh says why).
            .unsafeFlags([
                "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                "-L\(Context.packageDirectory)/.build/lean-libpq",
                "-L\(Context.packageDirectory)/Sources/api/static-link",
                "-Xlinker", "--no-export-dynamic",
                "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/api/hot-functions.order",
                "-Xlinker", "--no-warn-symbol-ordering",
                "-Xlinker", "--script=\(Context.packageDirectory)/Sources/api/hot-code.ld",
            ], .when(platforms: [.linux], configuration: .release)),
        ]),
        // Compile-time proofs of the access model: Tests/CompileFail/run.sh swaps its source per case.
        .target(name: "CompileProbe", dependencies: ["App", "Warrant"], path: "Tests/CompileProbe"),
        .testTarget(name: "WarrantPostgresTests", dependencies: ["Warrant", "WarrantPostgres", "WarrantPostgresTesting", "WarrantTesting"]),
        .testTarget(name: "WarrantJSONTests", dependencies: ["WarrantJSON"]),
        .testTarget(name: "WarrantAuditTests", dependencies: ["WarrantAudit", "WarrantJSON"], resources: [.copy("Corpus")]),
        .testTarget(name: "WarrantTelemetryTests", dependencies: [
            "WarrantTelemetry", "Warrant", .product(name: "Configuration", package: "swift-configuration"),
            .product(name: "Metrics", package: "swift-metrics"),
        ]),
        .testTarget(name: "WarrantAWSTests", dependencies: ["WarrantAWS", "WarrantJSON"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WarrantOIDCTests",
            dependencies: [
                "WarrantOIDC",
                "Warrant",
                "WarrantJSON",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WarrantLambdaTests",
            dependencies: [
                "WarrantLambda",
                "WarrantLambdaEmulator",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "WarrantCryptoTests", dependencies: ["WarrantCrypto"], resources: [.copy("Vectors")]),
        .testTarget(name: "WarrantTests", dependencies: [
            "Warrant", "WarrantTesting", "WarrantJSON",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "DocsExamplesTests", dependencies: ["Warrant", "WarrantTesting", "WarrantPostgres"]),
        .testTarget(name: "ResourceScaffoldTests", dependencies: ["ResourceScaffold"]),
        .testTarget(name: "AppTests", dependencies: [
            "App", "Warrant", "WarrantTesting", "WarrantCrypto", "WarrantPostgres", "WarrantOIDC", "WarrantJSON",
            .product(name: "JWTKit", package: "jwt-kit"),
        ]),
        .testTarget(name: "WarrantMacrosTests", dependencies: [
            "WarrantMacros",
            .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)

/// The pkg-config name SwiftPM looks a C library up by, or nil on Linux, where the compiler's default paths
/// hold both (the libpq shim finds Debian's header under postgresql/): pkg-config's `-L/usr/lib/...` would
/// come before the release link's own search folders (Sources/api/static-link, .build/lean-libpq).
/// Homebrew's libpq is keg-only, so macOS needs it.
func systemLibraryPkgConfig(_ name: String) -> String? {
    #if os(Linux)
    return nil
    #else
    return name
    #endif
}
