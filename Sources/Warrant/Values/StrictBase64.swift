public import Foundation

/// Standard base64 (RFC 4648 section 4) read strictly: the alphabet `A–Z a–z 0–9 + /`, padded with `=` to a
/// multiple of four characters, nothing else — no line breaks, no spaces, no URL-safe `-` and `_`, and the
/// unused bits of the last character zero, so every byte string has exactly one accepted spelling.
public enum StrictBase64 {
    /// The most bytes a `Data` member decodes to: 1 MiB, the default body limit.
    public static let maximumDecodedBytes = 1_048_576
    /// The longest accepted text: ``maximumDecodedBytes`` in base64.
    public static let maximumLength = (maximumDecodedBytes + 2) / 3 * 4

    /// Why a string is not accepted.
    public enum Failure: Error, Sendable, Equatable {
        /// A character outside the alphabet, a length that is not a multiple of four, misplaced or missing
        /// padding, or non-zero unused bits.
        case malformed
        /// More than ``StrictBase64/maximumDecodedBytes`` bytes.
        case tooLarge
    }

    /// The bytes `text` encodes.
    public static func decode(_ text: some StringProtocol) -> Result<Data, Failure> {
        let bytes = Array(text.utf8)
        guard bytes.count <= maximumLength else { return .failure(.tooLarge) }
        guard bytes.count % 4 == 0 else { return .failure(.malformed) }
        let padding = bytes.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { return .failure(.malformed) }
        var values: [UInt8] = []
        values.reserveCapacity(bytes.count - padding)
        for byte in bytes.dropLast(padding) {
            guard let value = sextet(byte) else { return .failure(.malformed) }
            values.append(value)
        }
        // The bits past the last whole byte must be zero: 4 of them with `==`, 2 with `=`.
        if let last = values.last, padding > 0, last & (padding == 2 ? 0x0F : 0x03) != 0 {
            return .failure(.malformed)
        }
        var data = Data(capacity: values.count * 3 / 4)
        var index = 0
        while index < values.count {
            // Four sextets make three bytes; a last group of two or three makes one or two.
            let count = min(4, values.count - index)
            var bits: UInt32 = 0
            for offset in 0..<4 {
                bits = bits << 6 | (offset < count ? UInt32(values[index + offset]) : 0)
            }
            for shift in [16, 8, 0].prefix(count - 1) { data.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
            index += 4
        }
        guard data.count <= maximumDecodedBytes else { return .failure(.tooLarge) }
        return .success(data)
    }

    /// The value of one alphabet character.
    private static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
