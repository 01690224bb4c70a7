import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore

/// `api health`: asks a running server whether it is ready — the container health check of ECS/Fargate and
/// `docker run`, with no curl in the image. Exits 0 when `/health/ready` answers 200, 1 otherwise.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Exit 0 when the local server's /health/ready answers 200 (a container health check)."
    )

    @Option(help: "The server's address (default: http://127.0.0.1:$PORT, PORT defaulting to 8080).")
    var url: String?

    @Option(help: "Seconds to wait for the answer.")
    var timeout: Int64 = 3

    func run() async throws {
        let port = ProcessInfo.processInfo.environment["PORT"] ?? "8080"
        let base = url ?? "http://127.0.0.1:\(port)"
        let request = HTTPClientRequest(url: base + "/health/ready")
        let status: UInt
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(timeout))
            status = response.status.code
        } catch {
            print("not ready: \(base) did not answer (\(error))")
            throw ExitCode.failure
        }
        guard status == 200 else {
            print("not ready: /health/ready answered \(status)")
            throw ExitCode.failure
        }
        print("ready")
    }
}
