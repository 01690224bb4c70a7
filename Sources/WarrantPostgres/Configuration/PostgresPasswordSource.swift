/// Supplies the password for each new connection, when it is not a fixed part of the connection string:
/// an RDS IAM authentication token, made per connection and refreshed before it expires.
///
/// Called on the connection's own thread just before libpq connects; what it returns overrides any
/// password in the connection string. It must be quick (no network call) and must not block: a throw
/// fails that connection attempt as ``DatabaseError/Kind/unavailable`` (503 to the request).
public protocol PostgresPasswordSource: Sendable {
    /// The password to connect with now.
    func password() throws -> String
}
