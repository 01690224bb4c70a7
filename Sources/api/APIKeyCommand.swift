import App
import ArgumentParser
import Foundation
import Warrant
import WarrantJSON
import WarrantPostgres

/// `api key`: API keys for machine clients.
struct APIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Manage API keys for machine clients.",
        subcommands: [CreateAPIKeyCommand.self, RevokeAPIKeyCommand.self, ListAPIKeysCommand.self]
    )
}

/// `api key create --name --roles [--expires]`: prints the new key once, on stdout; the database keeps its digest.
struct CreateAPIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an API key. Prints the key on stdout, once: the server keeps only its digest."
    )

    @Option(help: "What the key is for (1 to 100 characters), e.g. ci-bot.")
    var name: String

    @Option(help: "Comma-separated role names the key grants, e.g. member.")
    var roles: String

    @Option(help: "When the key stops working: an RFC 3339 time (2027-01-31T00:00:00Z), or a duration from now (90d, 12h, 30m).")
    var expires: String?

    func run() async throws {
        let roleNames = roles.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !roleNames.isEmpty else { throw ValidationError("--roles names no role; give at least one, e.g. --roles member") }
        let known = try AppAPI.make().roleGraph().names
        for role in roleNames where !known.contains(role) {
            throw ValidationError("unknown role '\(role)'; the app's roles are \(known.joined(separator: ", "))")
        }
        guard (1...100).contains(name.count) else { throw ValidationError("--name must have 1 to 100 characters") }
        let expiresAt = try expires.map(Self.expiry)
        let settings = try await Settings.load()
        let pool = try await AppDatabase.pool(settings: settings)
        let created = try await APIKeys.create(name: name, roles: roleNames, expiresAt: expiresAt, database: pool)
        await pool.close()
        let expiry = expiresAt.map { RFC3339.format($0, fractionalSeconds: false) } ?? "never"
        FileHandle.standardError.write(Data("""
            API key '\(name)': id \(created.id.uuidString.lowercased()), prefix wk_\(created.prefix), roles \(roleNames.joined(separator: ",")), expires \(expiry).
            Store it now: it is not shown again. Send it as 'X-API-Key: <key>'.

            """.utf8))
        print(created.key)
    }

    /// An RFC 3339 time, or a duration from now with a unit of d, h or m.
    static func expiry(_ text: String) throws -> Date {
        if let date = RFC3339.parse(text) {
            guard date > Date() else { throw ValidationError("--expires \(text) is in the past") }
            return date
        }
        let units: [Character: TimeInterval] = ["d": 86_400, "h": 3_600, "m": 60]
        guard let unit = text.last.flatMap({ units[$0] }), let amount = Int(text.dropLast()), amount > 0 else {
            throw ValidationError("--expires '\(text)' is neither an RFC 3339 time nor a duration such as 90d, 12h or 30m")
        }
        return Date().addingTimeInterval(TimeInterval(amount) * unit)
    }
}

/// `api key revoke ID_OR_PREFIX`: the key is refused from the next request on, without a restart.
struct RevokeAPIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke an API key by its id or prefix (wk_…).")

    @Argument(help: "The key's id, or its prefix (wk_abcdefghijkl), or the key itself.")
    var key: String

    func run() async throws {
        let settings = try await Settings.load()
        let pool = try await AppDatabase.pool(settings: settings)
        let revoked = try await APIKeys.revoke(key, database: pool)
        await pool.close()
        guard revoked else { throw ValidationError("no API key has the id or prefix '\(APIKeyText.prefix(of: key))'") }
        print("revoked")
    }
}

/// `api key list`: the newest keys, never their secrets.
struct ListAPIKeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List API keys (newest first): id, prefix, name, roles, state.")

    @Option(help: "How many keys to list.")
    var limit: Int = 100

    func run() async throws {
        let settings = try await Settings.load()
        let pool = try await AppDatabase.pool(settings: settings)
        let keys = try await APIKeys.list(limit: max(1, limit), database: pool)
        await pool.close()
        for key in keys {
            let state = key.revokedAt != nil ? "revoked" : key.expiresAt.map { $0 <= Date() ? "expired" : "expires \(RFC3339.format($0, fractionalSeconds: false))" } ?? "active"
            let used = key.lastUsedAt.map { "last used \(RFC3339.format($0, fractionalSeconds: false))" } ?? "never used"
            print("\(key.id.uuidString.lowercased())  wk_\(key.prefix)  \(key.name)  \(key.roles.joined(separator: ","))  \(state)  \(used)")
        }
    }
}
