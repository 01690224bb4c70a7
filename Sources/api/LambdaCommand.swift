import App
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Warrant
import WarrantLambda
import WarrantPostgres

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
        do {
            runtime = try await Self.makeRuntime(settings: settings, runtimeAPI: runtimeAPI, logger: logger)
        } catch {
            logger.error("initialisation failed", metadata: ["error": "\(error)"])
            await LambdaRuntime<RouterResponder<WarrantContext>>.reportInitError(runtimeAPI: runtimeAPI, error: error, logger: logger)
            throw ExitCode.failure
        }
        try await runtime.run()
    }

    private static func makeRuntime(settings: Settings, runtimeAPI: String, logger: Logger) async throws -> LambdaRuntime<RouterResponder<WarrantContext>> {
        let server = try ServerSettings(settings)
        let credentials = try CredentialSettings(settings)
        let auth = credentials.kinds.contains(.paseto) ? try await StartupSecrets.authSettings(settings) : nil
        var database = try PostgresConfiguration(settings: settings)
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
            logger: logger
        )
    }
}
