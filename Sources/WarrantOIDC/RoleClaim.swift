public import WarrantJSON

/// Where a token's role values are: a top-level claim by name (`roles`, `groups`, `cognito:groups`, `scope`,
/// `scp`, `permissions`, `https://example.com/roles`), or a nested one by JSON Pointer
/// (`/realm_access/roles`, as Keycloak writes them).
public enum RoleClaim: Sendable, Equatable {
    /// A top-level claim, named exactly.
    case named(String)
    /// A nested claim, by its JSON Pointer's reference tokens.
    case pointer([String])

    /// Parses a setting: text starting with `/` is a JSON Pointer (RFC 6901, `~0` and `~1` escapes), anything
    /// else a claim name. `nil` for empty text.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        guard text.hasPrefix("/") else {
            self = .named(text)
            return
        }
        let tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        guard !tokens.contains(where: \.isEmpty) else { return nil }
        self = .pointer(tokens)
    }

    /// The values at this place in `claims`: an array's strings, or a string's space-separated words (as
    /// `scope` is written); nothing when the claim is absent or of another shape.
    public func values(in claims: JSONObject) -> [String] {
        let value: JSONValue?
        switch self {
        case .named(let name):
            value = claims[name]
        case .pointer(let tokens):
            var current = JSONValue.object(claims)
            for token in tokens {
                guard case .object(let object) = current, let next = object[token] else { return [] }
                current = next
            }
            value = current
        }
        switch value {
        case .string(let text)?:
            return text.split(separator: " ").map(String.init)
        case .array(let items)?:
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        default:
            return []
        }
    }
}
