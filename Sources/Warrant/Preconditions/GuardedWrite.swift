/// What a store's write guarded by `If-Match` found: a handler answers the result, 404 or ``IfMatch/failed``.
public enum GuardedWrite<Value: Sendable>: Sendable {
    /// Written; the result.
    case written(Value)
    /// No such resource (of the caller's).
    case notFound
    /// The resource exists, but its revision is not one `If-Match` names.
    case stale
}
