/// The host and port of the Lambda Runtime API, parsed from `AWS_LAMBDA_RUNTIME_API`.
struct RuntimeAPIEndpoint: Sendable, Hashable {
    /// The host name or IP address, without IPv6 brackets.
    var host: String
    /// The TCP port.
    var port: Int

    /// Parses `host:port`, `[ipv6]:port`; returns `nil` for anything else.
    init?(_ address: String) {
        let trimmed = address.hasPrefix("http://") ? String(address.dropFirst("http://".count)) : address
        guard let colon = trimmed.lastIndex(of: ":"),
            let port = Int(trimmed[trimmed.index(after: colon)...]),
            (1...65535).contains(port)
        else { return nil }
        var host = String(trimmed[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        }
        guard !host.isEmpty else { return nil }
        self.host = host
        self.port = port
    }

    /// The value for the `Host` request header.
    var hostHeader: String {
        self.host.contains(":") ? "[\(self.host)]:\(self.port)" : "\(self.host):\(self.port)"
    }
}
