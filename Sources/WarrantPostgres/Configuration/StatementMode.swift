/// How statements are sent to the server.
public enum StatementMode: Sendable, Hashable {
    /// Each connection prepares a statement the first time it sees its SQL text (named
    /// after a hash of the text) and afterwards sends only the parameters. Fastest for
    /// long-lived servers.
    case prepared
    /// Every statement is sent as an unnamed statement (parse, bind and execute in one
    /// round trip) and nothing stays on the server. Use it behind transaction-pooling
    /// proxies such as AWS RDS Proxy or PgBouncer, e.g. from AWS Lambda.
    case unnamed
}
