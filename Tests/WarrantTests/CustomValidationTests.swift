import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantTesting

/// A stay: a rule on one member no JSON Schema keyword states (an even party size) and one across members.
@Schema
struct Stay: Validating {
    var arrival: Date
    var departure: Date
    var guests: Int
    /// Renamed in JSON: the issue must point at `room_code`, not `roomCode`.
    var roomCode: String

    enum CodingKeys: String, CodingKey {
        case arrival, departure, guests
        case roomCode = "room_code"
    }

    func validate(_ report: inout ValidationReport<Stay>) {
        if departure <= arrival { report.fail(\.departure, "must be after arrival", code: "departure_before_arrival") }
        if !roomCode.hasPrefix("R") { report.fail(\.roomCode, "must start with R") }
        if guests > 4 && roomCode == "R1" { report.fail("room R1 takes at most 4 guests", code: "over_capacity") }
    }
}

/// A body holding several stays: issues inside elements keep their element's pointer.
@Schema
struct Itinerary {
    var stays: [Stay]
}

/// A route that takes a stay, for the HTTP round trip.
@Routes(tag: "stays")
struct StayRoutes {
    /// Book a stay.
    @POST("/stays")
    func book(_ request: Request<Unauthenticated>, body stay: Stay) -> Stay { stay }
}

@Suite("Custom validation: rules next to the type, in the same 422")
struct CustomValidationTests {
    static let valid = #"{"arrival":"2026-12-24T15:00:00Z","departure":"2026-12-27T10:00:00Z","guests":2,"room_code":"R7"}"#

    @Test("a valid value passes its own rules")
    func valid() throws {
        let (value, issues) = try JSONTestSupport.decode(Stay.self, Self.valid)
        #expect(issues.isEmpty)
        #expect(value?.roomCode == "R7")
    }

    @Test("member rules and cross-member rules report at the member's JSON pointer, whole-value rules at the value's")
    func failures() throws {
        let json = #"{"arrival":"2026-12-27T15:00:00Z","departure":"2026-12-24T10:00:00Z","guests":6,"room_code":"X1"}"#
        let (value, issues) = try JSONTestSupport.decode(Stay.self, json)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/departure", "/room_code"])
        #expect(issues.map(\.code) == ["departure_before_arrival", "invalid"])
        #expect(issues.map(\.detail) == ["must be after arrival", "must start with R"])
        let (_, whole) = try JSONTestSupport.decode(Stay.self, Self.valid.replacing(#""guests":2"#, with: #""guests":6"#).replacing("R7", with: "R1"))
        #expect(whole.map(\.pointer) == [""] && whole.map(\.code) == ["over_capacity"])
    }

    @Test("the rules run only once every member decoded: a type error is reported alone")
    func onlyAfterMembers() throws {
        let (_, issues) = try JSONTestSupport.decode(Stay.self, #"{"arrival":"2026-12-27T15:00:00Z","departure":"2026-12-24T10:00:00Z","guests":"two","room_code":"X1"}"#)
        #expect(issues.map(\.pointer) == ["/guests"] && issues.map(\.code) == ["type"])
    }

    @Test("inside an array, each element's issues carry its index")
    func nested() throws {
        let bad = #"{"arrival":"2026-12-27T15:00:00Z","departure":"2026-12-24T10:00:00Z","guests":2,"room_code":"R2"}"#
        let (_, issues) = try JSONTestSupport.decode(Itinerary.self, #"{"stays":[\#(Self.valid),\#(bad)]}"#)
        #expect(issues.map(\.pointer) == ["/stays/1/departure"])
    }

    @Test("over HTTP: one 422 problem lists the rule's violation with its pointer")
    func overHTTP() async throws {
        let client = try TestClient(api: API(info: APIInfo(title: "Stays", version: "1")) { $0.include(StayRoutes()) })
        let accepted = try await client.post("/stays", json: Self.valid)
        #expect(accepted.status == .ok)
        let refused = try await client.post("/stays", json: Self.valid.replacing("R7", with: "Q7"))
        #expect(refused.status == .unprocessableContent)
        #expect(refused.headers[.contentType] == "application/problem+json")
        let violations = try refused.problem().violations
        #expect(violations.map(\.pointer) == ["#/room_code"] && violations.map(\.code) == ["invalid"])
    }

    @Test("a key path to a computed property falls back to the whole value")
    func computed() {
        #expect(Stay.jsonKey(for: \Stay.roomCode) == "room_code")
        #expect(Stay.jsonKey(for: \Stay.arrival) == "arrival")
        #expect(Stay.jsonKey(for: \Stay.roomCode.count) == nil)
    }
}
