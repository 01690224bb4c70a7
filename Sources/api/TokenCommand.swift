import ArgumentParser
import Foundation
import Warrant

/// `api token`: development token tools.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Development token tools.",
        subcommands: [MintTokenCommand.self]
    )
}

/// `api token mint`: sign an access token with AUTH_SECRET_KEY (development and test only).
struct MintTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mint",
        abstract: "Sign an access token for development or tests (refuses to run with APP_ENV=production)."
    )

    @Option(help: "The token's subject (user id).")
    var sub: String

    @Option(help: "Comma-separated role names, e.g. member or admin,member.")
    var roles: String = ""

    @Option(help: "Lifetime in seconds (default: AUTH_TOKEN_LIFETIME, else 3600).")
    var ttl: Int?

    func run() async throws {
        let settings = try await Settings.load()
        guard settings.environment != .production else {
            throw ValidationError("`api token mint` refuses to run with APP_ENV=production: production tokens come from the login endpoint")
        }
        let auth = try AuthSettings(settings)
        guard let issuer = auth.tokenIssuer() else {
            throw ValidationError("AUTH_SECRET_KEY is not set: `api keys generate` makes a key pair")
        }
        if let ttl, ttl <= 0 { throw ValidationError("--ttl must be positive") }
        let roleNames = roles.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        print(issuer.mint(subject: sub, roles: roleNames, lifetime: ttl.map(TimeInterval.init)).value)
    }
}
