import App
import ArgumentParser
import Hummingbird
import Foundation
import Logging
import ServiceLifecycle
import Warrant
import WarrantOIDC
import WarrantPostgres
import WarrantTelemetry

/// `api serve`: serve the API over HTTP.
///
/// The API's declarations are checked before the database is touched: a declaration mistake stops the
/// server with nothing migrated.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the API over HTTP.")

    @Option(help: "The address to bind (default: HOST, else 127.0.0.1).")
    var host: String?

    @Option(help: "The port to bind (default: PORT, else 8080).")
    var port: Int?

    func run() async throws {
        let settings = try await Settings.load()
        try LoggingSetup.bootstrap(settings: settings)
        let logBatchWindow = try LoggingSetup.lineBatchWindow(settings: settings)
        let logger = Logger(label: "api")
        var server = try ServerSettings(settings)
        let telemetry = try TelemetrySettings(settings, environment: ProcessInfo.processInfo.environment)
        let backends = try Telemetry.bootstrap(telemetry, logger: logger)
        server.operations = telemetry.applied(to: server.operations)
        let credentials = try CredentialSettings(settings)
        let auth = credentials.kinds.contains(.paseto) ? try await StartupSecrets.authSettings(settings) : nil
        let pool = try await AppDatabase.pool(settings: settings, operations: server.operations)
        let api = AppAPI.make(server: server, dependencies: .live(database: pool, auth: auth, credentials: credentials))
        let responder: RouterResponder<WarrantContext>
        do {
            responder = try api.makeResponder()
        } catch {
            await pool.close()
            throw error
        }
        try await AppDatabase.prepare(pool, settings: settings, logger: logger)
        // Fetch an identity provider's keys now, in the background, so the first request does not wait.
        for case let provider as OIDCVerifier in api.gate.verifiers {
            Task { await provider.warmUp() }
        }
        let host = self.host ?? server.host
        // From here on the server flushes gathered lines when it stops, however it stops.
        if let logBatchWindow { LogOutput.standardError.batch(within: logBatchWindow) }
        try await APIServer.run(
            responder: responder, limits: api.limits, host: host, port: port ?? server.port,
            services: [PoolService(pool: pool)] + backends.services, shutdownGrace: server.shutdownGrace, logger: logger
        ) { port in
            logger.info("serving", metadata: ["docs": "http://\(host):\(port)/docs", "environment": "\(settings.environment.rawValue)"])
        }
    }
}

/// Keeps the database pool open while the server runs, and closes it (after in-flight work) on shutdown.
struct PoolService: Service {
    let pool: PostgresPool

    func run() async throws {
        try? await gracefulShutdown()
        await pool.close()
    }
}
