/// A write's precondition, from `If-Match` (RFC 9110 §13.1.1): the version of the resource the client read.
///
/// Take it as a handler parameter: `ifMatch: IfMatch` makes the header required (a request without it is
/// answered 428), `ifMatch: IfMatch?` optional. Give ``revisions`` to the store, which checks them in the
/// same statement that writes — so of two writes sent with the same tag, only one succeeds — and throw
/// ``failed`` when its check fails.
public struct IfMatch: Sendable, Hashable {
    /// What the field asks for.
    public let condition: EntityTagCondition

    /// The condition `If-Match` names.
    public init(_ condition: EntityTagCondition) {
        self.condition = condition
    }

    /// Whether a resource whose current tag is `current` (`nil`: it does not exist) satisfies the header:
    /// `*` any existing one, a list one of its strong tags.
    public func isSatisfied(by current: EntityTag?) -> Bool {
        guard let current else { return false }
        switch condition {
        case .any: return true
        case .tags(let tags): return tags.contains { $0.strongMatches(current) }
        }
    }

    /// The revisions the header allows, for a store's atomic check (`… AND revision = ANY($revisions)`):
    /// `nil` for `*` (any revision); otherwise those of its strong tags made by ``EntityTag/init(revision:)``
    /// — empty when it names none, which no row matches.
    public var revisions: [Int64]? {
        switch condition {
        case .any: return nil
        case .tags(let tags): return tags.compactMap(\.revision)
        }
    }

    /// The 412 answer: the resource changed since the client read it.
    public static var failed: Problem {
        Problem(status: .preconditionFailed, detail: "The resource has changed since the version 'If-Match' names: read it again, then retry the change.")
    }

    /// The 428 answer: the route requires `If-Match`.
    static var required: Problem {
        Problem(status: .preconditionRequired, detail: "Send 'If-Match' with the ETag of the version you read: this change is refused without it.")
    }
}
