import Testing

@testable import WarrantLambda

@Suite("Runtime API address")
struct RuntimeAPIEndpointTests {
    @Test("Valid addresses", arguments: [
        ("127.0.0.1:9001", "127.0.0.1", 9001), ("localhost:80", "localhost", 80), ("[::1]:9001", "::1", 9001),
        ("http://127.0.0.1:9001", "127.0.0.1", 9001),
    ])
    func valid(address: String, host: String, port: Int) {
        let endpoint = RuntimeAPIEndpoint(address)
        #expect(endpoint?.host == host)
        #expect(endpoint?.port == port)
    }

    @Test("Invalid addresses", arguments: ["", "127.0.0.1", ":9001", "host:0", "host:70000", "host:port"])
    func invalid(address: String) {
        #expect(RuntimeAPIEndpoint(address) == nil)
    }

    @Test("IPv6 hosts are bracketed in the Host header")
    func hostHeader() throws {
        #expect(try #require(RuntimeAPIEndpoint("[::1]:9001")).hostHeader == "[::1]:9001")
        #expect(try #require(RuntimeAPIEndpoint("127.0.0.1:9001")).hostHeader == "127.0.0.1:9001")
    }
}
