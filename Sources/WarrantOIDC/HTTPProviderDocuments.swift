import AsyncHTTPClient
import Foundation
import NIOCore

/// Fetches provider documents with AsyncHTTPClient: HTTPS (plain HTTP to loopback only), no redirects, a
/// 5-second deadline and a 512 KiB cap, so a slow or hostile endpoint cannot stall or flood the server.
public struct HTTPProviderDocuments: ProviderDocuments {
    /// The longest a fetch may take.
    public let timeout: TimeAmount
    /// The largest document accepted.
    public let maximumBytes: Int

    /// A fetcher with these bounds.
    public init(timeout: TimeAmount = .seconds(5), maximumBytes: Int = 512 * 1024) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
    }

    /// One client for the process, never shut down (like `HTTPClient.shared`), with redirects refused: a key
    /// set comes from the URL configured or discovered, not from wherever a response points.
    private static let client = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(5)))
    )

    /// The body of the document at `url`.
    public func fetch(_ url: String) async throws -> [UInt8] {
        guard let parsed = URL(string: url), ProviderURL.isAllowed(parsed) else {
            throw ProviderDocumentError("\(url) is not an https:// URL (http:// only for a loopback address)")
        }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        let response: HTTPClientResponse
        do {
            response = try await Self.client.execute(request, timeout: timeout)
        } catch {
            throw ProviderDocumentError("\(url) could not be fetched (\(error))")
        }
        guard response.status == .ok else {
            throw ProviderDocumentError("\(url) answered \(response.status.code)")
        }
        do {
            let body = try await response.body.collect(upTo: maximumBytes)
            return Array(body.readableBytesView)
        } catch {
            throw ProviderDocumentError("\(url) sent more than \(maximumBytes) bytes, or the body was cut off")
        }
    }
}
