import App
import ArgumentParser
import Warrant

/// `api openapi`: print the OpenAPI document the server serves.
struct OpenAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "openapi", abstract: "Print the OpenAPI document.")

    /// The document's format.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, yaml
    }

    @Option(help: "json or yaml.")
    var format: Format = .json

    @Flag(help: "Print who may call each operation (method, path, operation, required access) instead.")
    var securityReport = false

    func run() async throws {
        let settings = try await Settings.load()
        let api = AppAPI.make(server: try ServerSettings(settings), dependencies: .offline(credentials: try CredentialSettings(settings)))
        if securityReport {
            print(try api.securityReport(), terminator: "")
            return
        }
        let specification = try api.specification()
        print(format == .json ? specification.jsonText : specification.yamlText, terminator: "")
    }
}
