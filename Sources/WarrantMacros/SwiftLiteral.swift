/// Swift source text for values that generated code embeds.
enum SwiftLiteral {
    /// A Swift string literal whose value is exactly `text` (escapes quotes, backslashes and control characters).
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `string(text)` or `nil` as Swift source.
    static func optionalString(_ text: String?) -> String {
        text.map(string) ?? "nil"
    }

    /// A Swift array literal of string literals.
    static func stringArray(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ", ") + "]"
    }
}
