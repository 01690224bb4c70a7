public import OpenAPIKit

/// What every string Warrant reads may hold: anything but U+0000.
///
/// PostgreSQL's text types cannot store the NUL character, and C libraries end a string at it, so a
/// string carrying one would pass validation and fail later — as a 422 from the database naming no field,
/// or worse. It is refused where the string is read, with a violation naming it, and every string schema
/// documents the rule, so the document allows exactly what the decoder accepts.
public enum TextRules {
    /// The pattern of a string without U+0000 (ECMA-262, as JSON Schema uses).
    public static let nulFreePattern = #"^[^\u0000]*$"#

    /// `{"type": "string", "pattern": "^[^\u0000]*$"}`.
    public static var stringSchema: JSONSchema { .string(pattern: nulFreePattern) }

    /// Whether no string matching `pattern` can hold U+0000, judged conservatively from the pattern's text:
    /// it is anchored at both ends with no top-level `|`, and has no construct that can match U+0000 (`.`,
    /// a negated class `[^…]`, `\S`, `\W`, `\D`, `\P`/`\p`, and escapes other than `\d \w \s \b` and escaped
    /// punctuation). Such a pattern already states the NUL rule, so the schema documents it alone — one
    /// `pattern`, which generated clients read as a plain string, instead of an `allOf` with the NUL rule.
    public static func patternExcludesNUL(_ pattern: String) -> Bool {
        let characters = Array(pattern)
        guard characters.first == "^", characters.last == "$", characters.count >= 2, characters[characters.count - 2] != "\\" else {
            return false
        }
        var depth = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                guard index + 1 < characters.count else { return false }
                let escaped = characters[index + 1]
                if escaped.isLetter || escaped.isNumber {
                    guard "dwsb".contains(escaped) else { return false }
                }
                index += 2
                continue
            case ".": return false
            case "[" where index + 1 < characters.count && characters[index + 1] == "^": return false
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0: return false
            default: break
            }
            index += 1
        }
        return true
    }

    /// Whether `text` holds U+0000.
    static func containsNUL(_ text: some StringProtocol) -> Bool {
        text.utf8.contains(0)
    }
}
