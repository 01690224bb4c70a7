import Foundation
import Warrant
import WarrantAWS
import WarrantPostgres

/// Where the database password comes from when it is not in `DATABASE_URL` — which, in production, it
/// should not be:
///
/// - `DATABASE_IAM_AUTH=true`: an RDS IAM token per connection (RDS Proxy or the database itself), for the
///   host, port and user `DATABASE_URL` names, which must also set `sslmode=verify-full` (the image ships
///   the RDS certificate authorities, `sslrootcert=/etc/ssl/certs/rds-global-bundle.pem`);
/// - `DATABASE_PASSWORD_SECRET_ARN`: a Secrets Manager secret read once at start-up — the JSON RDS keeps
///   for a managed password (`{"username": …, "password": …}`) or the bare password.
enum DatabasePasswords {
    /// The password source the settings ask for, or `nil` to use `DATABASE_URL` as it is.
    static func source(
        for connectionString: String, settings: Settings, environment: [String: String]
    ) async throws -> (any PostgresPasswordSource)? {
        let iam = try settings.bool("database.iamAuth", default: false)
        let arn = settings.string("database.passwordSecretArn")
        if iam, arn != nil {
            throw SettingsError(key: "DATABASE_IAM_AUTH", problem: "and DATABASE_PASSWORD_SECRET_ARN are both set; choose one way to authenticate")
        }
        if iam { return try iamSource(for: connectionString, environment: environment) }
        guard let arn else { return nil }
        do {
            let secret = try await SecretsManager.fromEnvironment(forSecret: arn, environment: environment).secretString(arn)
            return StoredDatabasePassword(value: try SecretsManager.value(of: secret, key: "password"))
        } catch {
            throw SettingsError(key: "DATABASE_PASSWORD_SECRET_ARN", problem: "could not be read: \(error)")
        }
    }

    private static func iamSource(for connectionString: String, environment: [String: String]) throws -> IAMDatabasePassword {
        guard let target = ConnectionTarget(connectionString: connectionString), let host = target.host, let user = target.user else {
            throw SettingsError(key: "DATABASE_URL", problem: "must name the host and the user IAM tokens are signed for (postgresql://app_user@proxy-host:5432/app?sslmode=verify-full&sslrootcert=…)")
        }
        guard target.sslMode == "verify-full" else {
            throw SettingsError(key: "DATABASE_URL", problem: "must set sslmode=verify-full with DATABASE_IAM_AUTH: the token is a password, sent only to a server whose certificate and name are checked")
        }
        guard let region = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"], !region.isEmpty else {
            throw SettingsError(key: "DATABASE_IAM_AUTH", problem: "needs AWS_REGION (Lambda sets it)")
        }
        guard AWSCredentials.fromEnvironment(environment) != nil else {
            throw SettingsError(key: "DATABASE_IAM_AUTH", problem: "needs role credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN; Lambda sets them)")
        }
        let tokens = RDSAuthTokens(host: host, port: target.port, user: user, region: region) {
            guard let credentials = AWSCredentials.fromEnvironment(environment) else { throw AWSRequestError("no AWS credentials in the environment") }
            return credentials
        }
        return IAMDatabasePassword(tokens: tokens)
    }
}
