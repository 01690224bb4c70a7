import Foundation
import Testing

/// The reply documents, decoded for assertions.
struct V2Reply: Decodable {
    var statusCode: Int
    var headers: [String: String]?
    var cookies: [String]?
    var body: String?
    var isBase64Encoded: Bool?
}

struct V1Reply: Decodable {
    var statusCode: Int
    var headers: [String: String]?
    var multiValueHeaders: [String: [String]]?
    var body: String?
    var isBase64Encoded: Bool?
}

struct ALBReply: Decodable {
    var statusCode: Int
    var statusDescription: String
    var headers: [String: String]?
    var multiValueHeaders: [String: [String]]?
    var body: String?
    var isBase64Encoded: Bool?
}

func decodeReply<Reply: Decodable>(_ type: Reply.Type, from bytes: [UInt8]) throws -> Reply {
    try JSONDecoder().decode(type, from: Data(bytes))
}

/// A header from a reply map, matched case-insensitively.
func header<Value>(_ name: String, in map: [String: Value]?) -> Value? {
    map?.first { $0.key.lowercased() == name.lowercased() }?.value
}
