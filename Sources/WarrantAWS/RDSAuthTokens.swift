public import Foundation
import Synchronization

/// RDS IAM tokens for one database user, made as connections need them: a token is reused while it has
/// more than ``refreshMargin`` left, so a new connection never starts with one about to expire, and a new
/// one is signed locally (no network call) otherwise.
///
/// A token only has to be valid when a connection is opened; the connection outlives it.
public final class RDSAuthTokens: Sendable {
    /// How long before its expiry a token is replaced: 5 minutes, so tokens live at most 10.
    public static let refreshMargin: TimeInterval = 300

    /// The database's host (an RDS Proxy endpoint, a cluster or instance endpoint).
    public let host: String
    /// Its port.
    public let port: Int
    /// The database user, which has the `rds_iam` role.
    public let user: String
    /// The region the database is in.
    public let region: String
    private let credentials: @Sendable () throws -> AWSCredentials
    private let now: @Sendable () -> Date
    private let current = Mutex<RDSAuthToken?>(nil)

    /// Tokens for `user` at `host:port`, signed with what `credentials` returns.
    public init(
        host: String, port: Int, user: String, region: String,
        credentials: @escaping @Sendable () throws -> AWSCredentials,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.region = region
        self.credentials = credentials
        self.now = now
    }

    /// A token with at least ``refreshMargin`` left.
    public func token() throws -> RDSAuthToken {
        let date = now()
        if let cached = current.withLock({ $0 }), cached.expiresAt.timeIntervalSince(date) > Self.refreshMargin {
            return cached
        }
        guard let made = RDSAuthToken(host: host, port: port, user: user, region: region, credentials: try credentials(), date: date) else {
            throw AWSRequestError("cannot sign an RDS token for host '\(host)'")
        }
        current.withLock { $0 = made }
        return made
    }
}
