import Testing
import WarrantJSON

@Suite("Round trips: parse → write → parse")
struct RoundTripTests {
    static let documents = [
        "null", "true", "false", "0", "-0", "1.5e-10", "123456789012345678901234567890",
        #""""#, #""plain""#, #""esc\"ape\\s\n\u0000\u2028""#, #""é😀""#,
        "[]", "{}", "[[[]]]", #"{"a":{"b":{"c":[1,2,{"d":null}]}}}"#,
        #"{"title":"Buy milk","done":false}"#,
        #"[{"id":1,"title":"Buy milk","done":true,"created_at":"2026-11-24T21:42:07Z"}]"#,
    ]

    @Test("compact documents are reproduced byte for byte", arguments: documents)
    func exact(_ document: String) throws {
        let value = try JSONParser.parse(document)
        let written = value.description
        #expect(written == document)
        #expect(try JSONParser.parse(written) == value)
    }

    @Test("whitespace is dropped and unnecessary escapes are normalised")
    func normalised() throws {
        let value = try JSONParser.parse(" { \"a\" : [ 1 , \"\\u0041\\/\" ] , \"b\" : { } } ")
        #expect(value.description == #"{"a":[1,"A/"],"b":{}}"#)
    }

    @Test("generated documents survive the round trip")
    func generated() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let text = value.description
            let reparsed = try JSONParser.parse(text)
            #expect(reparsed == value, "\(text)")
            #expect(reparsed.description == text)
        }
    }

    private static func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 4 ? 4 : 6), using: &generator)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            if Bool.random(using: &generator) {
                return .number(JSONNumber(Int64.random(in: .min ... .max, using: &generator)))
            }
            return .number(JSONNumber(Double.random(in: -1e6...1e6, using: &generator)) ?? JSONNumber(0))
        case 3: return .string(randomString(using: &generator))
        case 4:
            let count = Int.random(in: 0...5, using: &generator)
            return .array((0..<count).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                object[randomString(using: &generator)] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(object)
        }
    }

    private static func randomString(using generator: inout SeededGenerator) -> String {
        let alphabet: [Character] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "é", "€",
                                     "😀", "\u{2028}", "\u{2029}", "日"]
        let length = Int.random(in: 0...12, using: &generator)
        return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
