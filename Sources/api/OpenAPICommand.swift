import App
import ArgumentParser
import Foundation
import Warrant

/// `api openapi`: the OpenAPI document the server serves, its security report, and `diff` to audit a change.
struct OpenAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the OpenAPI document or its security report, or diff two documents.",
        discussion: """
            Without a subcommand, `print`: api openapi [--format json|yaml], \
            api openapi --security-report [--format table|markdown|json] [--role NAME].
            """,
        subcommands: [PrintOpenAPICommand.self, OpenAPIDiffCommand.self],
        defaultSubcommand: PrintOpenAPICommand.self
    )

    /// The API exactly as `api serve` builds it, with offline dependencies: nothing touches a database.
    static func api() async throws -> API {
        let settings = try await Settings.load()
        return AppAPI.make(server: try ServerSettings(settings), dependencies: .offline(credentials: try CredentialSettings(settings)))
    }
}

/// `api openapi [print]`: the document as JSON or YAML, or who may call what.
struct PrintOpenAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the OpenAPI document (the default), or its security report."
    )

    /// The output's format: the document's (json, yaml) or the report's (table, markdown, json).
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, yaml, table, markdown
    }

    @Option(help: "The document: json (default) or yaml. The security report: table (default), markdown or json.")
    var format: Format?

    @Flag(help: "Print who may call each operation (method, path, operation, required access, credentials, admitted roles) and the roles instead.")
    var securityReport = false

    @Option(help: ArgumentHelp("Print what a holder of this role may and may not call (implies --security-report).", valueName: "name"))
    var role: String?

    func validate() throws {
        let report = securityReport || role != nil
        if report, format == .yaml {
            throw ValidationError("the security report is printed as table, markdown or json; --format yaml is for the document")
        }
        if !report, format == .table || format == .markdown {
            throw ValidationError("--format \(format?.rawValue ?? "") is for the security report: add --security-report, or use json or yaml for the document")
        }
    }

    func run() async throws {
        let api = try await OpenAPICommand.api()
        guard securityReport || role != nil else {
            let specification = try api.specification()
            print(format == .yaml ? specification.yamlText : specification.jsonText, terminator: "")
            return
        }
        let report = try api.securityReport()
        let reportFormat = format.flatMap { SecurityReportFormat(rawValue: $0.rawValue) } ?? .table
        guard let role else {
            print(report.rendered(as: reportFormat), terminator: "")
            return
        }
        guard let view = RoleView(report: report, role: role) else {
            throw ValidationError("unknown role '\(role)'; the app's roles are \(report.roles.map(\.name).joined(separator: ", "))")
        }
        print(view.rendered(as: reportFormat), terminator: "")
    }
}
