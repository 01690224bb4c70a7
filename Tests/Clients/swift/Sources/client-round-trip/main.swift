// Reads each answer the docs' examples gave (samples.jsonl: {"component": …, "body": …}) with the types
// swift-openapi-generator generated, writes it back, and prints one line per sample:
// `component<TAB>case<TAB>json`, where `case` is the union case the body decoded as ("-" for a struct).
// client-check.py compares the JSON with what the server sent.
import Foundation

let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .iso8601
let encoder = JSONEncoder()
encoder.dateEncodingStrategy = .iso8601
encoder.outputFormatting = .sortedKeys

func roundTrip<T: Codable>(_ type: T.Type, _ body: Data) throws -> (caseName: String, json: String) {
    let value = try decoder.decode(T.self, from: body)
    let caseName = Mirror(reflecting: value).displayStyle == .enum ? Mirror(reflecting: value).children.first?.label ?? "?" : "-"
    return (caseName, String(decoding: try encoder.encode(value), as: UTF8.self))
}

struct Sample: Decodable {
    let component: String
    let body: JSONFragment
}

/// Any JSON value, kept as its bytes.
struct JSONFragment: Decodable {
    let data: Data
    init(from decoder: any Decoder) throws {
        data = try JSONEncoder().encode(try AnyJSON(from: decoder))
    }
}

/// Any JSON value, decoded generically so it can be re-encoded.
enum AnyJSON: Codable {
    case null, bool(Bool), number(Double), string(String), array([AnyJSON]), object([String: AnyJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([AnyJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: AnyJSON].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

guard CommandLine.arguments.count == 2, let text = try? String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8) else {
    print("usage: client-round-trip SAMPLES.jsonl")
    exit(2)
}
for line in text.split(separator: "\n") {
    let sample = try decoder.decode(Sample.self, from: Data(line.utf8))
    let result: (caseName: String, json: String)
    switch sample.component {
    case "PaymentMethod": result = try roundTrip(Components.Schemas.PaymentMethod.self, sample.body.data)
    case "Booking": result = try roundTrip(Components.Schemas.Booking.self, sample.body.data)
    case "Invoice": result = try roundTrip(Components.Schemas.Invoice.self, sample.body.data)
    case "Photo": result = try roundTrip(Components.Schemas.Photo.self, sample.body.data)
    case "OrderUpdate": result = try roundTrip(Components.Schemas.OrderUpdate.self, sample.body.data)
    default:
        print("no generated type is checked for \(sample.component)")
        exit(1)
    }
    print("\(sample.component)\t\(result.caseName)\t\(result.json)")
}
