import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

/// Paid by card.
@Schema
struct CardPayment: Equatable {
    /// The card number's last four digits.
    @Pattern("^[0-9]{4}$") var last4: String
    /// The name on the card.
    var holder: String
}

/// Paid by bank transfer.
@Schema
struct BankTransfer: Equatable {
    /// The payer's account.
    var iban: String
}

/// How an order is paid.
@Schema
enum Tender: Equatable {
    /// By card.
    case card(CardPayment)
    /// By bank transfer.
    case transfer(BankTransfer)
    /// Cash on delivery.
    case cash
}

/// A circle.
@Schema
struct Circle: Equatable { var radius: Double }

/// A square.
@Schema
struct Square: Equatable { var side: Double }

/// A shape, tagged by `kind`.
@Schema(tag: "kind")
enum Shape: Equatable {
    case circle(Circle)
    case square(Square)
}

/// An order holding a union among its members, and a list of them.
@Schema
struct Checkout {
    /// How it is paid.
    var payment: Tender
    /// Earlier attempts.
    var attempts: [Tender] = []
}

/// A case whose struct has a member named like the tag.
@Schema
struct Typed { var type: String }

/// A union whose case's struct collides with the tag.
@Schema
enum Clashing {
    case typed(Typed)
}

/// Echoes payments, for the HTTP round trip.
@Routes(tag: "payments")
struct TenderRoutes {
    /// Take a payment.
    @POST("/payments")
    func pay(_ request: Request<Unauthenticated>, body payment: Tender) -> Tender { payment }
}

/// Uses the clashing union, which the document cannot represent.
@Routes(tag: "clash")
struct ClashingRoutes {
    /// Take one.
    @POST("/clash")
    func take(_ request: Request<Unauthenticated>, body value: Clashing) -> String { "ok" }
}

@Suite("Unions: @Schema enums with associated values")
struct UnionTests {
    @Test("each case decodes from its tag and its struct's members, and encodes back to the same object")
    func roundTrip() throws {
        let card = #"{"type":"card","last4":"4242","holder":"Ada"}"#
        #expect(try JSONTestSupport.decode(Tender.self, card).0 == .card(CardPayment(last4: "4242", holder: "Ada")))
        #expect(JSONTestSupport.encode(Tender.card(CardPayment(last4: "4242", holder: "Ada"))) == card)
        #expect(try JSONTestSupport.decode(Tender.self, #"{"type":"transfer","iban":"DE89"}"#).0 == .transfer(BankTransfer(iban: "DE89")))
        #expect(try JSONTestSupport.decode(Tender.self, #"{"type":"cash","note":"ignored"}"#).0 == .cash)
        #expect(JSONTestSupport.encode(Tender.cash) == #"{"type":"cash"}"#)
        #expect(JSONTestSupport.encode(Shape.square(Square(side: 2))) == #"{"kind":"square","side":2.0}"#)
        #expect(try JSONTestSupport.decode(Shape.self, #"{"kind":"circle","radius":1.5}"#).0 == .circle(Circle(radius: 1.5)))
    }

    @Test("an unknown, missing or non-string tag is one issue at the tag, listing the tags allowed")
    func badTags() throws {
        let (unknown, unknownIssues) = try JSONTestSupport.decode(Tender.self, #"{"type":"cheque","last4":"1"}"#)
        #expect(unknown == nil)
        #expect(unknownIssues.map(\.pointer) == ["/type"] && unknownIssues.map(\.code) == ["enum"])
        #expect(unknownIssues.first?.detail == "must be one of card, transfer, cash")
        let (_, missing) = try JSONTestSupport.decode(Tender.self, #"{"last4":"4242","holder":"Ada"}"#)
        #expect(missing.map(\.pointer) == ["/type"] && missing.map(\.code) == ["missing"])
        let (_, number) = try JSONTestSupport.decode(Tender.self, #"{"type":1}"#)
        #expect(number.map(\.code) == ["enum"])
        let (_, wrongKey) = try JSONTestSupport.decode(Shape.self, #"{"type":"circle","radius":1}"#)
        #expect(wrongKey.map(\.pointer) == ["/kind"], "the tag member is the one @Schema(tag:) names")
        let (_, notObject) = try JSONTestSupport.decode(Tender.self, #"["card"]"#)
        #expect(notObject.map(\.code) == ["type"])
    }

    @Test("the members are checked against the tagged case's struct only, at pointers beside the tag")
    func caseMembers() throws {
        let (_, issues) = try JSONTestSupport.decode(Tender.self, #"{"type":"card","last4":"42"}"#)
        #expect(issues.map(\.pointer) == ["/last4", "/holder"])
        let (_, nested) = try JSONTestSupport.decode(Checkout.self, #"{"payment":{"type":"cash"},"attempts":[{"type":"transfer"}]}"#)
        #expect(nested.map(\.pointer) == ["/attempts/0/iban"])
    }

    @Test("the document: oneOf the cases' components, a discriminator with its mapping, each case's tag required and fixed")
    func schema() throws {
        let components = try JSONTestSupport.components(of: Tender.self)
        let union = try #require(components["Tender"])
        let oneOf = try #require(union["oneOf"] as? [[String: Any]])
        #expect(oneOf.compactMap { $0["$ref"] as? String } == ["#/components/schemas/TenderCard", "#/components/schemas/TenderTransfer", "#/components/schemas/TenderCash"])
        let discriminator = try #require(union["discriminator"] as? [String: Any])
        #expect(discriminator["propertyName"] as? String == "type")
        #expect(discriminator["mapping"] as? [String: String] == [
            "card": "#/components/schemas/TenderCard", "transfer": "#/components/schemas/TenderTransfer", "cash": "#/components/schemas/TenderCash",
        ])
        #expect(union["description"] as? String == "How an order is paid.")
        let card = try #require(components["TenderCard"])
        #expect(Set(card["required"] as? [String] ?? []) == ["type", "last4", "holder"])
        let properties = try #require(card["properties"] as? [String: [String: Any]])
        #expect(properties["type"]?["const"] as? String == "card")
        #expect(properties["last4"]?["description"] as? String == "The card number's last four digits.")
        #expect(card["description"] as? String == "By card.")
        let cash = try #require(components["TenderCash"])
        #expect((cash["properties"] as? [String: Any])?.keys.sorted() == ["type"])
        let shape = try #require(try JSONTestSupport.components(of: Shape.self)["Shape"])
        #expect((shape["discriminator"] as? [String: Any])?["propertyName"] as? String == "kind")
    }

    @Test("over HTTP: a union body is read and answered, a bad tag gets a 422 naming the tags, and the served spec shows the union")
    func overHTTP() async throws {
        let client = try TestClient(api: API(info: APIInfo(title: "Payments", version: "1")) { $0.include(TenderRoutes()) })
        let paid = try await client.post("/payments", json: #"{"type":"transfer","iban":"DE89"}"#)
        #expect(paid.status == .ok && paid.text == #"{"type":"transfer","iban":"DE89"}"#)
        let refused = try await client.post("/payments", json: #"{"type":"bitcoin"}"#)
        #expect(refused.status == .unprocessableContent)
        #expect(try refused.problem().violations.map(\.detail) == ["must be one of card, transfer, cash"])
        let specText = try await client.get("/openapi.json").text
        let spec = try #require(try JSONSerialization.jsonObject(with: Data(specText.utf8)) as? [String: Any])
        let schemas = try #require((spec["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect((schemas["Tender"] as? [String: Any])?["discriminator"] != nil && schemas["TenderCard"] != nil)
    }

    @Test("a case's struct with a member named like the tag is refused at start-up, naming both")
    func tagClash() {
        let api = API(info: APIInfo(title: "Clash", version: "1")) { $0.include(ClashingRoutes()) }
        #expect {
            try api.validate()
            _ = try api.specification()
        } throws: { error in
            String(describing: error).contains("Clashing.typed: the member 'type' is the union's tag")
        }
    }
}
