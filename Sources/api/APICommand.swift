import ArgumentParser
import Foundation

/// `api`: the template's executable — serve the API (over HTTP or on AWS Lambda), migrate, print its spec,
/// and the development tools. Without a subcommand it serves, on Lambda when `AWS_LAMBDA_RUNTIME_API` is set.
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "The Warrant template API.",
        subcommands: [
            ServeCommand.self, LambdaCommand.self, MigrateCommand.self, OpenAPICommand.self,
            KeysCommand.self, TokenCommand.self, UserCommand.self, APIKeyCommand.self, NewCommand.self, HealthCommand.self,
        ],
        defaultSubcommand: ProcessInfo.processInfo.environment["AWS_LAMBDA_RUNTIME_API"] == nil ? ServeCommand.self : LambdaCommand.self
    )
}
