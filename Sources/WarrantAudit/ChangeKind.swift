/// How much a change matters, in the order a review reads them.
public enum ChangeKind: String, Sendable, CaseIterable, Comparable {
    /// Who may call what changed in a way that admits more callers, or the credentials changed: a reviewer
    /// must acknowledge it (exit status 3 otherwise).
    case security
    /// An existing client may stop working: a reviewer must acknowledge it (exit status 2 otherwise).
    case breaking
    /// Additive or cosmetic: listed, never gating.
    case other

    /// The kind's heading in reports: "Security changes"…
    public var heading: String {
        switch self {
        case .security: "Security changes"
        case .breaking: "Breaking changes"
        case .other: "Other changes"
        }
    }

    /// Security first, then breaking, then other.
    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
