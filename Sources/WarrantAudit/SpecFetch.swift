import AsyncHTTPClient
import NIOCore

/// Fetches a served document with the process's shared HTTP client, within a deadline and a size cap.
struct SpecFetch {
    let maximumBytes: Int
    let timeout: TimeAmount

    /// The body of the document at `url`, which must answer 200.
    func fetch(_ url: String) async throws(AuditError) -> [UInt8] {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json, application/yaml;q=0.9, */*;q=0.1")
        let response: HTTPClientResponse
        do {
            response = try await HTTPClient.shared.execute(request, timeout: timeout)
        } catch {
            throw AuditError("\(url) could not be fetched: \(error); is the server running, and the URL right?")
        }
        guard response.status == .ok else {
            throw AuditError("\(url) answered \(response.status.code) \(response.status.reasonPhrase), not 200")
        }
        do {
            let body = try await response.body.collect(upTo: maximumBytes)
            return Array(body.readableBytesView)
        } catch {
            throw AuditError("\(url) sent more than \(maximumBytes) bytes, or the body was cut off")
        }
    }
}
