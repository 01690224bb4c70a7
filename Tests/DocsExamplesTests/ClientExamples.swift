import Foundation
import NIOCore
import Testing
import Warrant
import WarrantPostgres
import WarrantTesting

/// The docs' examples of unions, value types, custom validation, uploads and streams, served together: what
/// `Tests/Scripts/client-check.py` generates a Python client from.
@Suite("Client examples: the docs' APIs, for the generated-client check")
struct ClientExamples {
    /// Writes the served spec and the answers the API gave, each with the component that documents it, to
    /// the folder `WARRANT_CLIENT_EXAMPLES` names (client-check.py sets it), or to a temporary one.
    @Test("the examples serve one spec holding every component, and their answers are exported for the client check")
    func export() async throws {
        let folder = ProcessInfo.processInfo.environment["WARRANT_CLIENT_EXAMPLES"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("warrant-client-examples-\(UUID())").path
        let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: try await TestDatabases.shared.fresh(migratedWith: invoiceMigrations)))
        let photoFolder = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-client-photos-\(UUID())").path
        try FileManager.default.createDirectory(atPath: photoFolder, withIntermediateDirectories: true)
        let photos = PhotoStore(folder: photoFolder)
        let report = photoFolder + "/orders.csv"
        try "order,state\n1,shipped\n".write(toFile: report, atomically: true, encoding: .utf8)
        let client = try TestClient(api: API(info: APIInfo(title: "Examples", version: "1")) {
            $0.include(PaymentMethodRoutes())
            $0.include(BookingRoutes())
            $0.include(InvoiceRoutes(pool: pool))
            $0.include(PhotoRoutes(store: photos))
            $0.include(OrderStreamRoutes(reportPath: report))
        })
        var samples: [(component: String, body: String)] = []
        for payment in [#"{"type":"card","last4":"4242"}"#, #"{"type":"transfer","iban":"DE89370400440532013000"}"#, #"{"type":"cash"}"#] {
            samples.append(("PaymentMethod", try await client.post("/payments/echo", json: payment).expect(.ok).text))
        }
        let booking = #"{"checkIn":"2026-12-24T15:00:00Z","checkOut":"2026-12-27T10:00:00Z","guests":2,"room":"R12"}"#
        samples.append(("Booking", try await client.post("/bookings", json: booking).expect(.created).text))
        let invoice = #"{"amount":"1234567890123456.1234","due":"2026-02-28","website":"https://pay.example.com/i/1","contact":"billing@example.com","attachment":"JVBERi0xLjQ="}"#
        samples.append(("Invoice", try await client.post("/invoices", json: invoice).expect(.created).text))
        let photo = try await client.post("/photos", multipart: [.field("caption", "Sunset"), .file("photo", filename: "s.png", contentType: "image/png", ByteBuffer(string: "png"))])
        samples.append(("Photo", photo.expect(.created).text))
        // A stream's items are its component's values: the first line of the NDJSON export is one.
        let export = try await client.get("/orders/export").expect(.ok).text
        samples.append(("OrderUpdate", String(try #require(export.split(separator: "\n").first))))
        let spec = try await client.get("/openapi.json").expect(.ok).text
        let schemas = try #require(try await client.get("/openapi.json").json()["components"]?["schemas"])
        for component in ["PaymentMethod", "PaymentMethodCard", "PaymentMethodTransfer", "PaymentMethodCash", "Booking", "Invoice", "NewInvoice", "InvoiceChange", "PhotoUpload", "Photo", "OrderUpdate"] {
            #expect(schemas[component] != nil, "\(component) is a component")
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try spec.write(toFile: folder + "/openapi.json", atomically: true, encoding: .utf8)
        let lines = samples.map { #"{"component":"\#($0.component)","body":\#($0.body)}"# }
        try lines.joined(separator: "\n").write(toFile: folder + "/samples.jsonl", atomically: true, encoding: .utf8)
    }
}
