import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

/// The tutorial's examples, run: what the docs say each request answers is what it answers.
@Suite("Tutorial examples")
struct TutorialTests {
    @Test("first steps: the greeting route")
    func firstSteps() async throws {
        let client = try TestClient(api: greetingAPI)
        let response = try await client.get("/hello/Ada")
        #expect(response.text == #"{"message":"Hello, Ada!"}"#)
    }

    @Test("parameters: defaults, constraints, enums, repeated items and headers")
    func parameters() async throws {
        let api = API(info: APIInfo(title: "Books", version: "1")) { $0.include(BookRoutes()) }
        let client = try TestClient(api: api)
        let page = try await client.get("/books?limit=2&sort=newest")
        #expect(page.text == #"[{"id":3,"title":"Book 3"},{"id":2,"title":"Book 2"}]"#)
        let bad = try await client.get("/books?limit=0&sort=random&search=")
        #expect(bad.status == .unprocessableContent)
        #expect(try bad.problem().violations.map(\.parameter) == ["search", "limit", "sort"])
        let french = try await client.get("/books/7", headers: [.acceptLanguage: "fr"])
        #expect(french.text == #"{"id":7,"title":"Livre 7"}"#)
    }

    @Test("bodies: every violation listed with its pointer")
    func bodies() async throws {
        let api = API(info: APIInfo(title: "Orders", version: "1")) { $0.include(OrderRoutes()) }
        let client = try TestClient(api: api)
        let ok = try await client.post("/orders", json: #"{"products":["A1"],"address":{"street":"1 Main St","zip":"12345"}}"#)
        #expect(ok.status == .created)
        let bad = try await client.post("/orders", json: #"{"products":[],"quantity":0,"address":{"street":"","zip":"1"},"speed":"warp"}"#)
        #expect(bad.status == .unprocessableContent)
        #expect(try bad.problem().pointers == ["#/products", "#/quantity", "#/address/street", "#/address/zip", "#/speed"])
    }

    @Test("bodies: a type's own rules join the same 422, at the member's pointer or the body's")
    func customValidation() async throws {
        let client = try TestClient(api: API(info: APIInfo(title: "Bookings", version: "1")) { $0.include(BookingRoutes()) })
        let valid = #"{"checkIn":"2026-12-24T15:00:00Z","checkOut":"2026-12-27T10:00:00Z","guests":2,"room":"R1"}"#
        #expect(try await client.post("/bookings", json: valid).status == .created)
        let backwards = try await client.post("/bookings", json: #"{"checkIn":"2026-12-27T15:00:00Z","checkOut":"2026-12-24T10:00:00Z","guests":9,"room":"Suite"}"#)
        #expect(backwards.status == .unprocessableContent)
        // guests breaks its declared range, so the type's rules do not run: they see only valid members.
        #expect(try backwards.problem().pointers == ["#/guests"])
        let rules = try await client.post("/bookings", json: #"{"checkIn":"2026-12-27T15:00:00Z","checkOut":"2026-12-24T10:00:00Z","guests":2,"room":"Suite"}"#)
        #expect(try rules.problem().pointers == ["#/checkOut", "#/room"])
        #expect(try rules.problem().violations.map(\.code) == ["check_out_before_check_in", "invalid"])
        let full = try await client.post("/bookings", json: valid.replacing(#""guests":2"#, with: #""guests":3"#))
        #expect(try full.problem().violations.map(\.code) == ["over_capacity"] && full.problem().pointers == ["#"])
    }

    @Test("bodies: a union is read by its tag, a wrong tag names the allowed ones, and the spec has oneOf with a discriminator")
    func unions() async throws {
        let client = try TestClient(api: API(info: APIInfo(title: "Payments", version: "1")) { $0.include(PaymentMethodRoutes()) })
        #expect(try await client.post("/payments", json: #"{"type":"card","last4":"4242"}"#).text == #""card ending 4242""#)
        #expect(try await client.post("/payments", json: #"{"type":"cash"}"#).text == #""cash on delivery""#)
        let wrong = try await client.post("/payments", json: #"{"type":"cheque"}"#)
        #expect(try wrong.problem().pointers == ["#/type"])
        #expect(try wrong.problem().violations.map(\.detail) == ["must be one of card, transfer, cash"])
        let short = try await client.post("/payments", json: #"{"type":"transfer","iban":"DE89"}"#)
        #expect(try short.problem().pointers == ["#/iban"])
        let spec = try await client.get("/openapi.json").json()
        let union = spec["components"]?["schemas"]?["PaymentMethod"]
        #expect(union?["discriminator"]?["propertyName"] == .string("type"))
        #expect(union?["discriminator"]?["mapping"]?["card"] == .string("#/components/schemas/PaymentMethodCard"))
    }

    @Test("errors: declared problems and ad-hoc ones")
    func errors() async throws {
        let api = API(info: APIInfo(title: "Tickets", version: "1")) { $0.include(TicketRoutes()) }
        let client = try TestClient(api: api)
        #expect(try await client.get("/tickets/9").status == .notFound)
        let closed = try await client.delete("/tickets/2")
        #expect(closed.status == .conflict)
        #expect(try closed.problem().title == "Ticket closed.")
        #expect(try await client.delete("/tickets/1").status == .noContent)
        let busy = try await client.post("/tickets/escalations", json: "")
        #expect(busy.status == .serviceUnavailable)
        #expect(try busy.problem().detail == "Nobody is on call; try again in an hour.")
    }

    @Test("route groups: versions side by side, operationIds prefixed, v1 deprecated, 405 and HEAD")
    func routeGroups() async throws {
        let client = try TestClient(api: articlesAPI)
        let old = try await client.get("/v1/articles/7")
        #expect(old.status == .ok)
        #expect(old.headers[HTTPField.Name("Deprecation")!] == "@1780272000")
        #expect(old.headers[HTTPField.Name("Sunset")!] == "Tue, 01 Jun 2027 00:00:00 GMT")
        #expect(try await client.get("/v2/articles/7").headers[HTTPField.Name("Deprecation")!] == nil)
        let search = try await client.get("/v2/articles/search")
        #expect(search.headers[HTTPField.Name("Sunset")!] == "Fri, 01 Jan 2027 00:00:00 GMT")
        let wrongMethod = try await client.delete("/v2/articles/7")
        #expect(wrongMethod.status == .methodNotAllowed)
        #expect(wrongMethod.headers[.allow] == "GET, HEAD")
        #expect(try await client.send(.head, "/v2/articles/7").status == .ok)
        let ids = try articlesAPI.securityReport().rows.map(\.operationID)
        #expect(ids.sorted() == ["v1ArticleRead", "v1SearchArticles", "v2ArticleRead", "v2SearchArticles"])
    }
}
