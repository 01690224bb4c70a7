/// Matching a declared media type or range against a part's type.
enum MediaTypeRange {
    /// Whether `type` (lowercased, no parameters) is `range`, or inside it: `image/*` holds `image/png`,
    /// `*/*` holds everything.
    static func matches(_ range: String, _ type: String) -> Bool {
        if range == "*/*" || range == type { return true }
        guard range.hasSuffix("/*") else { return false }
        return type.hasPrefix(range.dropLast())
    }
}
