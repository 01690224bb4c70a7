import Foundation
import Testing
import WarrantCrypto

/// Errors raised while loading fixtures; a fixture problem must fail the run, never skip it.
enum FixtureError: Error, CustomStringConvertible {
    case missing(String)
    case badHex(String)

    var description: String {
        switch self {
        case .missing(let name): "missing test resource \(name)"
        case .badHex(let text): "invalid hex in fixture: \(text.prefix(16))…"
        }
    }
}

/// Reads `Vectors/<name>.json` from the test bundle.
func vectorData(_ name: String) throws -> Data {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
        throw FixtureError.missing("\(name).json")
    }
    return try Data(contentsOf: url)
}

/// Decodes lowercase or uppercase hex.
func hex(_ text: String) throws -> [UInt8] {
    let digits = Array(text.utf8)
    guard digits.count % 2 == 0 else { throw FixtureError.badHex(text) }
    func nibble(_ c: UInt8) throws -> UInt8 {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: throw FixtureError.badHex(text)
        }
    }
    return try stride(from: 0, to: digits.count, by: 2).map { try nibble(digits[$0]) << 4 | nibble(digits[$0 + 1]) }
}

/// The UTF-8 bytes of a string, as the vectors compare payloads and footers.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// One entry of `paseto-v4.json`.
struct TokenVector: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let expectFail: Bool
    let key: String?
    let nonce: String?
    let publicKey: String?
    let secretKey: String?
    let secretKeySeed: String?
    let token: String
    let payload: String?
    let footer: String
    let implicitAssertion: String

    enum CodingKeys: String, CodingKey {
        case name, key, nonce, token, payload, footer
        case expectFail = "expect-fail"
        case publicKey = "public-key"
        case secretKey = "secret-key"
        case secretKeySeed = "secret-key-seed"
        case implicitAssertion = "implicit-assertion"
    }

    var testDescription: String { name }

    /// A v4.local vector (encrypt) or a v4.public one (sign), by its name.
    var isLocal: Bool { name.hasPrefix("4-E-") }

    static func all() throws -> [TokenVector] {
        try JSONDecoder().decode(VectorFile<TokenVector>.self, from: vectorData("paseto-v4")).tests
    }
}

/// One entry of a `paserk-k4-*.json` file.
struct PASERKVector: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let expectFail: Bool
    let key: String?
    let paserk: String?
    let publicKey: String?
    let secretKeySeed: String?
    let seed: String?

    enum CodingKeys: String, CodingKey {
        case name, key, paserk, seed
        case expectFail = "expect-fail"
        case publicKey = "public-key"
        case secretKeySeed = "secret-key-seed"
    }

    var testDescription: String { name }

    static func load(_ type: String) throws -> [PASERKVector] {
        try JSONDecoder().decode(VectorFile<PASERKVector>.self, from: vectorData("paserk-k4-\(type)")).tests
    }
}

struct VectorFile<Vector: Decodable>: Decodable {
    let name: String
    let tests: [Vector]
}

/// A token taken apart, for building tampered variants.
struct TokenParts {
    var header: String
    var body: [UInt8]
    var footer: [UInt8]

    init(_ token: String) throws {
        let segments = token.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count == 3 || segments.count == 4 else { throw FixtureError.missing("token segments") }
        header = segments[0] + "." + segments[1] + "."
        body = try Base64URL.decode(segments[2])
        footer = segments.count == 4 ? try Base64URL.decode(segments[3]) : []
    }

    /// The token text; the footer segment is omitted when empty, as encoders do.
    var token: String {
        header + Base64URL.encode(body) + (footer.isEmpty ? "" : "." + Base64URL.encode(footer))
    }
}
