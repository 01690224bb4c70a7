import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
@testable import Warrant

@Suite("Development server: the port it serves on, and what a failed start says")
struct DevelopmentServerTests {
    @Test("PORT is read when set, 8080 without it, and refused naming the fix when it is not a port")
    func port() throws {
        #expect(try DevelopmentServer.port(environment: [:]) == 8080)
        #expect(try DevelopmentServer.port(environment: ["PORT": "9000"]) == 9000)
        #expect(try DevelopmentServer.port(environment: ["PORT": "0"]) == 0)
        for bad in ["http", "80a", "-1", "65536", ""] {
            let error = #expect(throws: SettingsError.self) { try DevelopmentServer.port(environment: ["PORT": bad]) }
            #expect(error?.description.contains("PORT is '\(bad)'; use a port number from 0") == true, "\(String(describing: error))")
        }
    }

    @Test("a port another process holds: the start fails, and the message names the port and the fix", .timeLimit(.minutes(1)))
    func portInUse() async throws {
        // A listener that holds a loopback port for the length of the test.
        let holder = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(holder.localAddress?.port)
        do {
            let api = API(info: APIInfo(title: "Taken", version: "1")) { _ in }
            try await APIServer.run(api, host: "127.0.0.1", port: port, logger: Logger(label: "test"))
            Issue.record("a second server started on a port that is held")
        } catch {
            let message = DevelopmentServer.startFailure(error, port: port)
            #expect(message == "127.0.0.1:\(port) is in use by another process: stop it, or choose another port (PORT=\(port + 1))", "\(error)")
        }
        try await holder.close()
    }
}
