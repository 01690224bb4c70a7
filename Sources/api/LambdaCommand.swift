import App
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Warrant
import WarrantLambda
import WarrantPostgres
import WarrantTelemetry

/// `api lambda`: serve the same API as an AWS Lambda function, through the Lambda Runtime API.
///
/// Chosen automatically when `AWS_LAMBDA_RUNTIME_API` is set. The database is one connection per
/// execution environment, opened on first use and reused across invocations, with unnamed statements
/// so it works through RDS Proxy.
struct LambdaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lambda", abstract: "Serve the API as an AWS Lambda function.")

    func run() async throws {
        let settings = try await Settings.load()
        try LoggingSetup.bootstrap(settings: settings)
        let logger = Logger(label: "api")
        guard let runtimeAPI = ProcessInfo.processInfo.environment["AWS_LAMBDA_RUNTIME_API"] else {
            throw ValidationError("AWS_LAMBDA_RUNTIME_API is not set: `api lambda` runs inside AWS Lambda (or the project's emulator)")
        }
        let runtime: LambdaRuntime<RouterResponder<WarrantContext>>
        let backends: Telemetry.Backends
        do {
            let telemetry = try TelemetrySettings(settings, environment: ProcessInfo.processInfo.environment)
            backends = try Telemetry.bootstrap(telemetry, logger: logger)
            runtime = try await Self.makeRuntime(settings: settings, telemetry: telemetry, backends: backends, runtimeAPI: runtimeAPI, logger: logger)
        } catch {
            logger.error("initialisation failed", metadata: ["error": "\(error)"])
            await LambdaRuntime<RouterResponder<WarrantContext>>.reportInitError(runtimeAPI: runtimeAPI, error: error, logger: logger)
            throw ExitCode.failure
        }
        // The span exporter runs beside the runtime; both stop when the runtime does.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for service in backends.services { group.addTask { try await service.run() } }
            try await runtime.run()
            group.cancelAll()
        }
    }

    private static func makeRuntime(
        settings: Settings, telemetry: TelemetrySettings, backends: Telemetry.Backends, runtimeAPI: String, logger: Logger
    ) async throws -> LambdaRuntime<RouterResponder<WarrantContext>> {
        var server = try ServerSettings(settings)
        server.operations = telemetry.applied(to: server.operations)
        let credentials = try CredentialSettings(settings)
        let auth = credentials.kinds.contains(.paseto) ? try await StartupSecrets.authSettings(settings) : nil
        var database = try await AppDatabase.configuration(settings: settings, operations: server.operations)
        // One invocation at a time: one connection, and unnamed statements, which RDS Proxy multiplexes without pinning.
        database.poolSize = 1
        database.statementMode = .unnamed
        let pool = PostgresPool(configuration: database)
        let api = AppAPI.make(server: server, dependencies: .live(database: pool, auth: auth, credentials: credentials))
        let format = try settings.string("lambda.eventFormat").map { name in
            guard let format = LambdaEventFormat(rawValue: name) else {
                throw SettingsError(key: "LAMBDA_EVENT_FORMAT", problem: "is '\(name)'; use \(LambdaEventFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
        return LambdaRuntime(
            runtimeAPI: runtimeAPI,
            responder: try api.makeResponder(specification: .onFirstUse),
            eventFormat: format,
            stripStagePrefix: try settings.bool("lambda.stripStagePrefix", default: true),
            basePath: settings.string("lambda.basePath"),
            logger: logger,
            afterInvocation: backends.afterInvocation
        )
    }
}
