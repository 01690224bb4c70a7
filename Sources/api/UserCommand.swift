import App
import ArgumentParser
import Foundation
import Warrant
import WarrantCrypto
import WarrantPostgres

/// `api user`: user accounts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage user accounts.", subcommands: [CreateUserCommand.self])
}

/// `api user create --email --role`: create an account; the password comes from a prompt or stdin, never an argument.
struct CreateUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a user. The password is read from the terminal (twice, not echoed) or from the first line of stdin."
    )

    @Option(help: "The sign-in email address.")
    var email: String

    @Option(help: "A role to grant (repeat for several): member, admin.")
    var role: [String] = []

    @Flag(help: "Succeed without changes when the email is already registered (for scripts).")
    var ifMissing = false

    func run() async throws {
        let roles = role.isEmpty ? ["member"] : role
        let known = try AppAPI.make().roleGraph().names
        for name in roles where !known.contains(name) {
            throw ValidationError("unknown role '\(name)'; the app's roles are \(known.joined(separator: ", "))")
        }
        let password = try PasswordInput.read()
        guard password.count >= 8 else { throw ValidationError("the password must have at least 8 characters") }
        let settings = try await Settings.load()
        let pool = try await AppDatabase.pool(settings: settings)
        do {
            let account = try await UserAccounts.create(email: email, password: password, roles: roles, database: pool)
            print(account.id.uuidString.lowercased())
        } catch UserAccounts.Failure.emailTaken where ifMissing {
            print(try await UserAccounts.id(ofEmail: email, database: pool)?.uuidString.lowercased() ?? "")
        } catch UserAccounts.Failure.emailTaken {
            await pool.close()
            throw ValidationError("a user with the email \(email) already exists")
        }
        await pool.close()
    }
}

/// Reads a password without ever taking it as an argument.
enum PasswordInput {
    static func read() throws -> String {
        if isatty(STDIN_FILENO) != 0 {
            let first = try prompt("Password: ")
            let second = try prompt("Repeat password: ")
            guard first == second else { throw ValidationError("the passwords do not match") }
            return first
        }
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("no password on stdin: pipe it in, or run in a terminal to be prompted")
        }
        return line
    }

    /// Reads one line from the terminal with echo off.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else { throw ValidationError("no password entered") }
        return line
    }
}
