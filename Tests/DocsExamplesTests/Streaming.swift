import Foundation
import NIOCore
import Testing
import Warrant
import WarrantTesting

// docs/04-responses-and-errors.md, "Streaming responses"

/// A change to an order's state.
@Schema
struct OrderUpdate: Sendable {
    /// The order's number.
    var order: Int
    /// Its new state.
    var state: String
}

/// Comma-separated values, as a spreadsheet opens them.
enum CSVFile: DownloadFormat {
    static let mediaType = "text/csv"
}

/// Orders as they change, as a line-per-order export, and as a report to download.
@Routes(tag: "orders")
struct OrderStreamRoutes {
    /// Where the reports are written.
    let reportPath: String

    /// Follow an order's updates as they happen.
    /// - Parameter number: The order's number.
    @GET("/orders/{number}/updates")
    func follow(_ request: Request<Unauthenticated>, number: Int) -> EventStream<OrderUpdate> {
        let (updates, continuation) = AsyncStream<ServerSentEvent<OrderUpdate>>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let feed = Task {
            for (index, state) in ["received", "packed", "shipped"].enumerated() {
                try await Task.sleep(for: .milliseconds(10))
                continuation.yield(ServerSentEvent(data: OrderUpdate(order: number, state: state), id: "\(index + 1)", event: "update"))
            }
            continuation.finish()
        }
        // The client went away, or the stream ended: stop producing.
        continuation.onTermination = { _ in feed.cancel() }
        return EventStream(updates, keepAlive: .seconds(15))
    }

    /// Every order, one JSON object per line.
    @GET("/orders/export")
    func export(_ request: Request<Unauthenticated>) -> NDJSONStream<OrderUpdate> {
        NDJSONStream(AsyncStream { continuation in
            for number in 1...3 { continuation.yield(OrderUpdate(order: number, state: "shipped")) }
            continuation.finish()
        })
    }

    /// The orders report, as a spreadsheet.
    @GET("/orders/report.csv")
    func report(_ request: Request<Unauthenticated>) async throws -> Download<CSVFile> {
        try await Download.file(at: reportPath, filename: "orders.csv")
    }
}

@Suite("docs/04: streaming responses")
struct StreamingExampleTests {
    @Test("the order feed, export and report answer as documented")
    func orders() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("orders-\(UUID().uuidString).csv").path
        try "order,state\n1,shipped\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let client = try TestClient(api: API(info: APIInfo(title: "Orders", version: "1")) {
            $0.include(OrderStreamRoutes(reportPath: path))
        })

        let updates = try await client.get("/orders/7/updates")
        #expect(updates.headers[.contentType] == "text/event-stream")
        #expect(updates.text.hasPrefix("id: 1\nevent: update\ndata: {\"order\":7,\"state\":\"received\"}\n\n"))
        #expect(updates.text.hasSuffix("data: {\"order\":7,\"state\":\"shipped\"}\n\n"))

        let export = try await client.get("/orders/export")
        #expect(export.text.split(separator: "\n").count == 3)

        let report = try await client.get("/orders/report.csv")
        #expect(report.headers[.contentType] == "text/csv")
        #expect(report.headers[.contentDisposition] == "attachment; filename=\"orders.csv\"; filename*=UTF-8''orders.csv")
        #expect(report.text == "order,state\n1,shipped\n")
    }
}
