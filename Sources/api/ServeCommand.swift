import App
import ArgumentParser
import Logging
import Warrant

/// `api serve`: serve the API over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the API over HTTP.")

    @Option(help: "The address to bind (default: HOST, else 127.0.0.1).")
    var host: String?

    @Option(help: "The port to bind (default: PORT, else 8080).")
    var port: Int?

    func run() async throws {
        let settings = try await Settings.load()
        let server = try ServerSettings(settings)
        let auth = try AuthSettings(settings)
        let api = TodoAPI.make(server: server, verifier: auth.tokenVerifier())
        let logger = Logger(label: "api")
        try await APIServer.run(api, host: host ?? server.host, port: port ?? server.port, logger: logger) { port in
            logger.info("serving", metadata: ["docs": "http://\(host ?? server.host):\(port)/docs"])
        }
    }
}
