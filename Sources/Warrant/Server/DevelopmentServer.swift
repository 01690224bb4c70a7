import Foundation
import Logging
import NIOCore
import WarrantCrypto

/// Serves an API for a first look: no configuration, no database, no key files. A signing key is made in
/// memory at start, the API's gate accepts the tokens it signs, and one such token is printed beside the
/// docs' address.
///
/// For learning and for trying a route group on its own; `api serve` is the server to deploy (it reads the
/// configuration, its keys from the environment or a secret store, and the database). It listens on
/// 127.0.0.1 only, and its tokens die with the process.
public enum DevelopmentServer {
    /// The issuer of the tokens the development key signs.
    public static let issuer = "warrant-development"

    /// Serves `api` on 127.0.0.1:`port` (default: the `PORT` variable, else 8080) until Ctrl-C, its gate
    /// replaced by one that accepts bearer tokens signed by a key made now (the roles the API declares are
    /// kept), and prints the docs' address and a token for `subject` with `roles`, valid for a day.
    ///
    /// A server that cannot start (a `PORT` that is not a port, a port another process holds) prints why and
    /// the fix on standard error and exits with status 1 — a newcomer's first `main` sees a sentence, not a
    /// crash report from an error thrown at top level.
    public static func serve(_ api: API, port: Int? = nil, subject: String = "developer", roles: [String] = []) async {
        var chosenPort = port
        do {
            chosenPort = try port ?? Self.port(environment: ProcessInfo.processInfo.environment)
            try await run(api, port: chosenPort ?? defaultPort, subject: subject, roles: roles)
        } catch {
            FileHandle.standardError.write(Data("error: \(startFailure(error, port: chosenPort ?? defaultPort))\n".utf8))
            exit(1)
        }
    }

    /// The port when neither the caller nor `PORT` names one.
    static let defaultPort = 8080

    /// The port `PORT` names, or 8080 without it.
    static func port(environment: [String: String]) throws -> Int {
        guard let text = environment["PORT"] else { return defaultPort }
        guard let port = Int(text), (0...65_535).contains(port) else {
            throw SettingsError(key: "PORT", problem: "is '\(text)'; use a port number from 0 (any free port) to 65535")
        }
        return port
    }

    /// What a failed start says: the port taken and what to do, or the error's own description.
    static func startFailure(_ error: any Error, port: Int) -> String {
        if let error = error as? IOError, error.errnoCode == EADDRINUSE {
            return "127.0.0.1:\(port) is in use by another process: stop it, or choose another port (PORT=\(port == 65_535 ? 8081 : port + 1))"
        }
        return String(describing: error)
    }

    private static func run(_ api: API, port: Int, subject: String, roles: [String]) async throws {
        let key = try PASETOSecretKey.generate()
        var api = api
        api.gate = AccessGate(
            verifiers: [AccessTokenVerifier(keyring: PublicKeyring([key.publicKey]), issuer: issuer)],
            roles: api.gate.declaredRoles
        )
        let token = AccessTokenIssuer(secretKey: key, issuer: issuer, lifetime: 86_400).mint(subject: subject, roles: roles)
        let title = api.info.title
        try await APIServer.run(api, host: "127.0.0.1", port: port, logger: Logger(label: "warrant.development")) { port in
            let banner = """

                  \(title): http://127.0.0.1:\(port)/docs
                  A bearer token for '\(subject)' (paste it in the docs' Authorize dialog), good while this server runs:
                  \(token.value)

                """
            FileHandle.standardOutput.write(Data(banner.utf8))
        }
    }
}
