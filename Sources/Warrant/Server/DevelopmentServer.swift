import Foundation
import Logging
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
    public static func serve(_ api: API, port: Int? = nil, subject: String = "developer", roles: [String] = []) async throws {
        let key = try PASETOSecretKey.generate()
        var api = api
        api.gate = AccessGate(
            verifiers: [AccessTokenVerifier(keyring: PublicKeyring([key.publicKey]), issuer: issuer)],
            roles: api.gate.declaredRoles
        )
        let token = AccessTokenIssuer(secretKey: key, issuer: issuer, lifetime: 86_400).mint(subject: subject, roles: roles)
        let title = api.info.title
        let port = port ?? ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) ?? 8080
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
