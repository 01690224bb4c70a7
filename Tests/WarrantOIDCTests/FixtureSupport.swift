import Foundation
import WarrantJSON

/// The fixtures `Tests/Scripts/make-oidc-fixtures.py` wrote with PyJWT and cryptography: a key set, a
/// discovery document, tokens with the outcome each must have, and providers' real claim shapes.
enum Fixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError("missing fixture \(name).json")
        }
        return Array(try Data(contentsOf: url))
    }

    static func json(_ name: String) throws -> JSONValue {
        try JSONParser.parse(try bytes(name), limits: JSONLimits(maxDepth: 16, maxStringLength: 1 << 20, maxKeysPerObject: 256, maxArrayLength: 4096, maxNumberLength: 64))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension JSONValue {
    var string: String? { if case .string(let value) = self { value } else { nil } }
    var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var object: JSONObject? { if case .object(let value) = self { value } else { nil } }
    var number: Double? { if case .number(let value) = self { value.double } else { nil } }
}
