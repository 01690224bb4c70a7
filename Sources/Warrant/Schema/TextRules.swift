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

    /// Whether `text` holds U+0000.
    static func containsNUL(_ text: some StringProtocol) -> Bool {
        text.utf8.contains(0)
    }
}
