/// A read's condition, from `If-None-Match` (RFC 9110 §13.1.2): the versions the client already has.
///
/// Take it as a handler parameter (`ifNoneMatch: IfNoneMatch`; the header is optional) and answer with
/// ``WithETag`` and `unless: ifNoneMatch`: a client holding the current version gets 304 and no body.
public struct IfNoneMatch: Sendable, Hashable {
    /// What the field asks for; `nil` when the request has no `If-None-Match`.
    public let condition: EntityTagCondition?

    /// The condition `If-None-Match` names (`nil`: none).
    public init(_ condition: EntityTagCondition?) {
        self.condition = condition
    }

    /// Whether the client already has the representation tagged `current` (weak comparison; `*` matches any).
    public func matches(_ current: EntityTag) -> Bool {
        switch condition {
        case nil: return false
        case .any?: return true
        case .tags(let tags)?: return tags.contains { $0.weakMatches(current) }
        }
    }
}
