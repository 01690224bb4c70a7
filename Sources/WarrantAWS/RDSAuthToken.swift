public import Foundation

/// An RDS IAM authentication token: the password a database user with the `rds_iam` role connects with,
/// directly or through RDS Proxy.
///
/// It is a SigV4-presigned `connect` request for the user, computed locally from the credentials — no
/// network call — and valid for 15 minutes; the same text botocore's `generate_db_auth_token` returns for
/// the same credentials and time. The credentials' role needs `rds-db:connect` on the user.
public struct RDSAuthToken: Sendable, CustomStringConvertible {
    /// How long a token is accepted after it was made: 15 minutes, fixed by RDS.
    public static let lifetime: TimeInterval = 900

    /// The token, used as the password.
    public let value: String
    /// When it stops being accepted.
    public let expiresAt: Date

    /// A token for `user` at `host:port` in `region`, made at `date`.
    public init?(host: String, port: Int, user: String, region: String, credentials: AWSCredentials, date: Date = Date()) {
        var components = URLComponents()
        components.scheme = "https"
        components.host = host
        components.port = port
        components.path = "/"
        components.queryItems = [URLQueryItem(name: "Action", value: "connect"), URLQueryItem(name: "DBUser", value: user)]
        let signer = SigV4(credentials: credentials, region: region, service: "rds-db")
        guard let url = components.url,
              let presigned = signer.presignedURL(method: "GET", url: url, date: date, expires: Int(Self.lifetime))
        else { return nil }
        // The token is the URL without its scheme: `host:port/?Action=connect&…`.
        value = String(presigned.absoluteString.dropFirst("https://".count))
        expiresAt = date.addingTimeInterval(Self.lifetime)
    }

    /// The token's host and expiry, never its signature.
    public var description: String {
        "RDSAuthToken(\(value.prefix { $0 != "/" }), expires \(expiresAt))"
    }
}
