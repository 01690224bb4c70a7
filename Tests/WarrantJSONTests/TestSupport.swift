import WarrantJSON

/// The error `JSONParser` throws for `bytes`, or `nil` if it parses.
func parseError(_ bytes: [UInt8], limits: JSONLimits = .default) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// The error `JSONParser` throws for the UTF-8 of `text`, or `nil` if it parses.
func parseError(_ text: String, limits: JSONLimits = .default) -> JSONSyntaxError? {
    parseError(Array(text.utf8), limits: limits)
}

/// A deterministic pseudo-random generator (xorshift64*), so generated test
/// cases are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// A rejection case: input, expected error kind and byte offset.
struct RejectionCase: Sendable, CustomStringConvertible {
    let label: String
    let bytes: [UInt8]
    let kind: JSONSyntaxError.Kind
    let offset: Int

    init(_ text: String, _ kind: JSONSyntaxError.Kind, at offset: Int) {
        label = text
        bytes = Array(text.utf8)
        self.kind = kind
        self.offset = offset
    }

    init(label: String, bytes: [UInt8], _ kind: JSONSyntaxError.Kind, at offset: Int) {
        self.label = label
        self.bytes = bytes
        self.kind = kind
        self.offset = offset
    }

    var description: String { label.debugDescription }
}
