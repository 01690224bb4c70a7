import Foundation
import Warrant
import WarrantAWS

/// Secrets read from AWS Secrets Manager when the process starts — never resolved into its configuration at
/// deploy time, where anyone who can read the function's settings would see them.
///
/// `AUTH_SECRET_KEY_SECRET_ARN` names a secret holding the token signing key (`{"key": "k4.secret…"}`, or the
/// PASERK alone); `AUTH_SECRET_KEY`, when set, wins. The request is signed with the process's role credentials.
public enum StartupSecrets {
    /// The auth settings, with the signing key from Secrets Manager when only its ARN is configured.
    public static func authSettings(_ settings: Settings, environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> AuthSettings {
        guard settings.string("auth.secretKey", secret: true) == nil, let arn = settings.string("auth.secretKeySecretArn") else {
            return try AuthSettings(settings)
        }
        let stored: String
        do {
            let secret = try await SecretsManager.fromEnvironment(forSecret: arn, environment: environment).secretString(arn)
            stored = try SecretsManager.value(of: secret, key: "key")
        } catch {
            throw SettingsError(key: "AUTH_SECRET_KEY_SECRET_ARN", problem: "could not be read: \(error)")
        }
        return try AuthSettings(settings, storedSecretKey: stored)
    }
}
