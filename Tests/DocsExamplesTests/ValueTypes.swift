import Foundation
import Testing
import Warrant
import WarrantPostgres
import WarrantTesting

// docs/03-bodies-schemas-validation.md, "More value types"; docs/07-database.md, "Money"

/// An invoice to send.
@Schema
struct NewInvoice: Sendable {
    /// The amount due, exactly: a decimal string such as "1250.50".
    var amount: Decimal
    /// The day payment is due.
    var due: CalendarDate
    /// Where to pay online.
    var website: URL?
    /// Whom to write to about it.
    var contact: EmailAddress
    /// A scanned copy, base64.
    var attachment: Data?
}

/// Changes to an invoice: a member left out keeps its value, `null` removes it.
@Schema
struct InvoiceChange: Sendable {
    /// Where to pay online; `null` removes the link.
    var website: Patch<URL> = .absent
    /// A note to self; `null` removes it.
    @Length(...200)
    var note: Patch<String> = .absent
}

/// A stored invoice.
@Schema
struct Invoice: Sendable, Decodable {
    /// The invoice's identifier.
    var id: Int64
    /// The amount due.
    var amount: Decimal
    /// The day payment is due.
    var due: CalendarDate
    /// Where to pay online.
    var website: URL?
    /// Whom to write to about it.
    var contact: EmailAddress
    /// A scanned copy.
    var attachment: Data?
    /// A note to self.
    var note: String?
}

/// Why an invoice request failed.
@Problems
enum InvoiceError: Error {
    /// Invoice not found.
    @Status(404) case notFound
}

let invoiceMigrations = Migrator(migrations: [
    Migration(version: 1, name: "create invoices", sql: """
        CREATE TABLE invoices (
            id         BIGSERIAL PRIMARY KEY,
            amount     NUMERIC(20, 4) NOT NULL,
            due        DATE           NOT NULL,
            website    TEXT,
            contact    TEXT           NOT NULL,
            attachment BYTEA,
            note       TEXT
        );
        """),
])

/// Invoices, stored in PostgreSQL.
@Routes(tag: "invoices")
struct InvoiceRoutes {
    let pool: PostgresPool

    /// Send an invoice.
    /// - Parameter invoice: The invoice to send.
    @POST("/invoices")
    func create(_ request: Request<Unauthenticated>, invoice: NewInvoice) async throws -> Created<Invoice> {
        let id = try await pool.queryValue("""
            INSERT INTO invoices (amount, due, website, contact, attachment)
            VALUES (\(invoice.amount), \(invoice.due), \(invoice.website), \(invoice.contact), \(invoice.attachment))
            RETURNING id
            """, as: Int64.self)
        return Created(try await find(id), location: "/invoices/\(id)")
    }

    /// List the invoices due on or before a day.
    /// - Parameter before: The last due day to include.
    @GET("/invoices")
    func due(_ request: Request<Unauthenticated>, before: CalendarDate) async throws -> [Invoice] {
        try await pool.query("""
            SELECT id, amount, due, website, contact, attachment, note FROM invoices WHERE due <= \(before) ORDER BY id
            """, decoding: Invoice.self)
    }

    /// Change an invoice.
    ///
    /// Members left out keep their value; `null` removes a link or a note.
    /// - Parameters:
    ///   - id: The invoice's identifier.
    ///   - change: The members to change.
    @PATCH("/invoices/{id}", errors: InvoiceError.self)
    func update(_ request: Request<Unauthenticated>, @Path(1...) id: Int64, change: InvoiceChange) async throws -> Invoice {
        var invoice = try await find(id)
        change.website.apply(to: &invoice.website)
        change.note.apply(to: &invoice.note)
        try await pool.execute("UPDATE invoices SET website = \(invoice.website), note = \(invoice.note) WHERE id = \(id)")
        return invoice
    }

    private func find(_ id: Int64) async throws -> Invoice {
        guard let invoice = try await pool.queryFirst("""
            SELECT id, amount, due, website, contact, attachment, note FROM invoices WHERE id = \(id)
            """, decoding: Invoice.self)
        else { throw InvoiceError.notFound }
        return invoice
    }
}

@Suite("docs/03: more value types, over HTTP and through PostgreSQL")
struct ValueTypeExampleTests {
    private static let valid = #"""
        {"amount":"1234567890123456.1234","due":"2026-02-28","website":"https://pay.example.com/i/1",
         "contact":"Billing@Example.COM","attachment":"JVBERi0xLjQ="}
        """#

    private func client() async throws -> (TestClient, PostgresPool) {
        let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: try await TestDatabases.shared.fresh(migratedWith: invoiceMigrations)))
        let api = API(info: APIInfo(title: "Invoices", version: "1")) { $0.include(InvoiceRoutes(pool: pool)) }
        return (try TestClient(api: api), pool)
    }

    @Test("a valid invoice goes in as JSON, through numeric, date, text and bytea, and comes out the same")
    func roundTrip() async throws {
        let (client, pool) = try await client()
        let created = try await client.post("/invoices", json: Self.valid).expect(.created)
        #expect(created.text == #"{"id":1,"amount":"1234567890123456.1234","due":"2026-02-28","website":"https://pay.example.com/i/1","contact":"Billing@example.com","attachment":"JVBERi0xLjQ="}"#)
        // 0.1 + 0.2, summed in Swift, stored in numeric(20,4) and read back: exactly "0.3".
        let sum = try DecimalText.parse("0.1").get() + DecimalText.parse("0.2").get()
        let second = try await client.post("/invoices", json: #"{"amount":"\#(DecimalText.string(sum))","due":"2026-03-01","contact":"a@example.com"}"#)
            .expect(.created).decode(Invoice.self)
        #expect(DecimalText.string(second.amount) == "0.3")
        #expect(try await pool.queryValue("SELECT amount::text FROM invoices WHERE id = 2", as: String.self) == "0.3000")
        #expect(try await pool.queryValue("SELECT amount = 0.3 FROM invoices WHERE id = 2", as: Bool.self))
        let listed = try await client.get("/invoices?before=2026-02-28").expect(.ok)
        #expect(listed.text == "[\(created.text)]")
        await pool.close()
    }

    @Test("each invalid value is a 422 problem naming its member", arguments: [
        ("amount", #"0.3"#), ("amount", #""1e3""#), ("amount", #""1,50""#), ("due", #""2026-02-29""#), ("due", #""2026-2-1""#),
        ("website", #""javascript:alert(1)""#), ("website", #""pay.example.com""#), ("contact", #""billing@localhost""#),
        ("contact", #""a b@example.com""#), ("attachment", #""JVBERi0xLjQ""#), ("attachment", #""JVBERi0x-jQ=""#),
    ])
    func invalid(_ member: String, _ json: String) async throws {
        let (client, pool) = try await client()
        let body = Self.valid.replacingOccurrences(of: #"(?<="\#(member)":)("[^"]*")"#, with: json, options: .regularExpression)
        #expect(body != Self.valid)
        try await client.post("/invoices", json: body).expectProblem(.unprocessableContent, pointers: ["#/\(member)"])
        await pool.close()
    }

    @Test("a bad date in the query is a 422 naming the parameter")
    func badQuery() async throws {
        let (client, pool) = try await client()
        try await client.get("/invoices?before=2026-13-01").expectProblem(.unprocessableContent, parameters: ["before"])
        await pool.close()
    }

    @Test("PATCH: a member left out is kept, null removes it, a value replaces it")
    func patch() async throws {
        let (client, pool) = try await client()
        try await client.post("/invoices", json: Self.valid).expect(.created)
        let noted = try await client.patch("/invoices/1", json: #"{"note":"call first"}"#).expect(.ok).decode(Invoice.self)
        #expect(noted.note == "call first")
        #expect(noted.website?.absoluteString == "https://pay.example.com/i/1", "absent: kept")
        let cleared = try await client.patch("/invoices/1", json: #"{"website":null}"#).expect(.ok).decode(Invoice.self)
        #expect(cleared.website == nil, "null: removed")
        #expect(cleared.note == "call first", "absent: kept")
        let stored = try #require(try await pool.queryFirst("SELECT id, amount, due, website, contact, attachment, note FROM invoices WHERE id = 1", decoding: Invoice.self))
        #expect(stored.website == nil && stored.note == "call first")
        try await client.patch("/invoices/1", json: #"{"note":5}"#).expectProblem(.unprocessableContent, pointers: ["#/note"])
        try await client.patch("/invoices/1", json: #"{"website":"ftp://x.example"}"#).expectProblem(.unprocessableContent, pointers: ["#/website"])
        await pool.close()
    }

    @Test("the served document shows each format")
    func document() async throws {
        let (client, pool) = try await client()
        let document = try await client.get("/openapi.json").expect(.ok).json()
        let schemas = document["components"]?["schemas"]
        let invoice = schemas?["NewInvoice"]?["properties"]
        #expect(invoice?["amount"]?["format"] == .string("decimal"))
        #expect(invoice?["amount"]?["pattern"] == .string(DecimalText.pattern))
        #expect(invoice?["due"]?["format"] == .string("date"))
        #expect(invoice?["website"]?["format"] == .string("uri"))
        #expect(invoice?["contact"]?["format"] == .string("email"))
        #expect(invoice?["attachment"]?["contentEncoding"] == .string("base64"))
        let change = schemas?["InvoiceChange"]
        #expect(change?["required"] == nil)
        #expect(change?["properties"]?["note"]?["type"] == .array([.string("string"), .string("null")]))
        #expect(change?["properties"]?["website"]?["type"] == .array([.string("string"), .string("null")]))
        #expect(change?["properties"]?["website"]?["format"] == .string("uri"))
        await pool.close()
    }
}
