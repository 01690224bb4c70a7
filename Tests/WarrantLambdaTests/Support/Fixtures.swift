import Foundation
import NIOCore
import Testing

/// The AWS sample events in `Fixtures/` (sources in `Fixtures/README.md`).
enum Fixture: String, CaseIterable, Sendable {
    case httpAPIv2 = "http-api-v2"
    case httpAPIv2NamedStage = "http-api-v2-named-stage"
    case functionURL = "function-url"
    case httpAPIv1 = "http-api-v1"
    case restAPIv1 = "rest-api-v1"
    case albSingleValue = "alb-single-value"
    case albMultiValue = "alb-multi-value"

    /// The fixture's bytes.
    func data() throws -> Data {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        return try Data(contentsOf: directory.appendingPathComponent("\(self.rawValue).json"))
    }

    /// The fixture as text.
    func text() throws -> String {
        String(decoding: try self.data(), as: UTF8.self)
    }

    /// The fixture as a buffer.
    func buffer() throws -> ByteBuffer {
        ByteBuffer(bytes: try self.data())
    }

    /// The fixture as a mutable JSON object, for tests that vary one field.
    func object() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: self.data()) as? [String: Any])
    }
}

/// Serialises a JSON object built in a test.
func jsonText(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
}
