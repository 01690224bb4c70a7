import ArgumentParser

/// `api`: the template's executable — serve the API, print its spec, and the development tools.
@main
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "The Warrant template API.",
        subcommands: [ServeCommand.self, MigrateCommand.self, OpenAPICommand.self, KeysCommand.self, TokenCommand.self, UserCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
