/// What an `If-Match` or `If-None-Match` field asks for: any current version (`*`), or one of a list of tags.
public enum EntityTagCondition: Sendable, Hashable {
    /// `*`: any current representation.
    case any
    /// One of these tags.
    case tags([EntityTag])

    /// The JSON-Schema pattern of a field value this parses, for the OpenAPI document.
    static let pattern = #"^[ \t]*(\*|((W/)?"[!#-~]*")?([ \t]*,[ \t]*((W/)?"[!#-~]*")?)*)[ \t]*$"#

    /// Parses a field value: `*`, or a comma-separated list of `"tag"` and `W/"tag"`; `nil` when malformed.
    ///
    /// The list may be empty, and empty elements are skipped (RFC 9110 §5.6.1): an empty `If-Match` names
    /// no version, so it matches none; an empty `If-None-Match` is no condition.
    public init?(parsing field: some StringProtocol) {
        let text = field.trimmingSpacesAndTabs
        if text == "*" {
            self = .any
            return
        }
        var tags: [EntityTag] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            rest = rest.trimmingSpacesAndTabs
            if rest.first == "," {
                rest = rest.dropFirst()
                continue
            }
            let weak = rest.hasPrefix("W/")
            if weak { rest = rest.dropFirst(2) }
            guard rest.first == "\"" else { return nil }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: "\""), let tag = EntityTag(String(rest[..<close]), weak: weak) else { return nil }
            tags.append(tag)
            rest = rest[rest.index(after: close)...].trimmingSpacesAndTabs
            guard rest.isEmpty || rest.first == "," else { return nil }
        }
        self = .tags(tags)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (HTTP's optional whitespace).
    fileprivate var trimmingSpacesAndTabs: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return Substring(self[first...last])
    }
}
