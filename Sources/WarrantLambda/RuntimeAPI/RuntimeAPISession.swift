import NIOCore

/// Keeps one Runtime API connection open across invocations and reopens it when Lambda's side
/// has closed it between two calls; a connection lost during a call is fatal instead.
struct RuntimeAPISession {
    let endpoint: RuntimeAPIEndpoint
    let group: any EventLoopGroup
    private var connection: RuntimeAPIConnection?

    init(endpoint: RuntimeAPIEndpoint, group: any EventLoopGroup) {
        self.endpoint = endpoint
        self.group = group
    }

    /// A client on a live connection, connecting first if needed.
    mutating func client() async throws -> RuntimeAPIClient {
        if let connection, connection.isActive {
            return RuntimeAPIClient(connection: connection)
        }
        await self.connection?.close()
        let connection = try await RuntimeAPIConnection.connect(to: self.endpoint, group: self.group)
        self.connection = connection
        return RuntimeAPIClient(connection: connection)
    }

    /// Closes the connection, if open.
    mutating func close() async {
        await self.connection?.close()
        self.connection = nil
    }
}
