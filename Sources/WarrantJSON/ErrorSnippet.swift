/// Renders small pieces of untrusted input for error messages: bounded in
/// length and escaped, so a message can neither echo a megabyte back nor
/// smuggle control characters into logs.
enum ErrorSnippet {
    /// Longest key quoted verbatim in a message; longer keys are cut with `…`.
    static let maxQuotedScalars = 40

    /// `'x'` for a printable ASCII byte, otherwise `byte 0xNN`.
    static func describe(byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return "byte 0x\(hex(byte))"
    }

    /// `text` in double quotes, with quotes, backslashes and non-printable
    /// scalars escaped, truncated after `maxQuotedScalars` scalars.
    static func quoted(_ text: String) -> String {
        var result = "\""
        var emitted = 0
        for scalar in text.unicodeScalars {
            if emitted == maxQuotedScalars {
                result += "…"
                break
            }
            emitted += 1
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ byte: UInt8) -> String {
        String(decoding: [ASCII.hexDigit(byte >> 4), ASCII.hexDigit(byte & 0x0F)], as: UTF8.self).uppercased()
    }
}
