public import Foundation

/// An AWS access key, as the SDKs find it: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and, for temporary
/// credentials (a Lambda function's role), `AWS_SESSION_TOKEN`.
public struct AWSCredentials: Sendable, Equatable {
    /// The access key id.
    public var accessKeyID: String
    /// The secret access key: it signs, and never travels.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?
    /// When temporary credentials expire, if known.
    public var expiration: Date?

    /// Explicit credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// The credentials in `environment`, or `nil` when the key id or secret is missing.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> AWSCredentials? {
        guard let id = environment["AWS_ACCESS_KEY_ID"], !id.isEmpty,
              let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
        else { return nil }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyID: id, secretAccessKey: secret, sessionToken: token)
    }
}

extension AWSCredentials: CustomStringConvertible {
    /// The key id only: the secret and the session token are never printed.
    public var description: String { "AWSCredentials(\(accessKeyID), secret hidden)" }
}
